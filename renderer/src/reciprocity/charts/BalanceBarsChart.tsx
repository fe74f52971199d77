import { BarChart } from '@mantine/charts';
// after the Mantine components the charts are built on, whose styles come with them
import '@mantine/charts/styles.css';
import { Anchor, Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { PeerReciprocity } from '../../../../shared/domain/reciprocity';
import { foldedIncludes } from '../../../../shared/text-fold';
import { ChartFrame, GIVEN_COLOR, RECEIVED_COLOR } from './ChartFrame';
import { plural, shortDay } from './format';

export type BalanceSort = 'given' | 'received' | 'exchanged' | 'name';
const SORTS: { value: BalanceSort; label: string }[] = [
  { value: 'given', label: 'Given most first' },
  { value: 'received', label: 'Received most first' },
  { value: 'exchanged', label: 'Most exchanged first' },
  { value: 'name', label: 'By name' },
];
const BY: Record<BalanceSort, (a: PeerReciprocity, b: PeerReciprocity) => number> = {
  given: (a, b) => b.balance - a.balance || a.name.localeCompare(b.name),
  received: (a, b) => a.balance - b.balance || a.name.localeCompare(b.name),
  exchanged: (a, b) => b.given + b.received - (a.given + a.received) || a.name.localeCompare(b.name),
  name: (a, b) => a.name.localeCompare(b.name),
};
/** Bars drawn at once: beyond this a chart is unreadable; the table has everyone. */
export const BARS_SHOWN = 15;
const PAGE = 50;

const Swatch = ({ color, text }: { color: string; text: string }) => (
  <Group gap={6} wrap="nowrap">
    <div style={{ width: 10, height: 10, borderRadius: 2, background: `var(--mantine-color-${color})` }} />
    <Text size="xs">{text}</Text>
  </Group>
);

/**
 * What passed with each peer, as bars either side of zero: what you gave to the right, what you
 * received to the left, so an even balance with much exchanged is as wide as it is full (a bar
 * of the difference would show nothing). Click a bar to open the peer.
 */
export function BalanceBarsChart({ peers, onOpenPeer }: { peers: PeerReciprocity[]; onOpenPeer: (id: string) => void }) {
  const [sort, setSort] = useState<BalanceSort>('exchanged');
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const sorted = useMemo(() => [...peers].sort(BY[sort]), [peers, sort]);
  const bars = sorted.filter((p) => p.given + p.received > 0).slice(0, BARS_SHOWN);
  const rows = query.trim() ? sorted.filter((p) => foldedIncludes(p.name, query)) : sorted;
  const gaveMore = peers.filter((p) => p.balance > 0).length;
  const gotMore = peers.filter((p) => p.balance < 0).length;
  const even = peers.length - gaveMore - gotMore;
  return (
    <ChartFrame
      title="Given and received, per peer"
      summary={
        peers.length
          ? `With ${plural(gaveMore, 'peer')} you gave more than you received, with ${gotMore} you received more, and ${even} ${even === 1 ? 'is' : 'are'} even. ${bars.length < peers.length ? `The chart shows ${bars.length}; the table has all ${peers.length}.` : ''}`
          : 'No interactions in this window.'
      }
      empty={
        peers.length ? undefined : (
          <Text size="sm" c="dimmed">
            Once you log interactions, each peer gets a bar: to the right when you gave more, to the left when you received more.
          </Text>
        )
      }
      testId="chart-balance"
      actions={
        peers.length > 0 && (
          <Select
            size="xs"
            w={180}
            data={SORTS}
            value={sort}
            onChange={(v) => setSort(v ?? 'exchanged')}
            allowDeselect={false}
            aria-label="Sort peers"
            data-testid="balance-sort"
          />
        )
      }
      table={
        <>
          <TextInput
            size="xs"
            mb={6}
            w={240}
            leftSection={<IconSearch size={14} />}
            placeholder="Find a peer"
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            aria-label="Find a peer in the table"
          />
          <Table striped withTableBorder fz="xs" data-testid="balance-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Peer</Table.Th>
                <Table.Th ta="right">Given</Table.Th>
                <Table.Th ta="right">Received</Table.Th>
                <Table.Th ta="right">Balance</Table.Th>
                <Table.Th ta="right">Interactions</Table.Th>
                <Table.Th>Last contact</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.slice(0, shown).map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component="button" size="xs" onClick={() => onOpenPeer(p.id)}>
                      {p.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right">{p.given}</Table.Td>
                  <Table.Td ta="right">{p.received}</Table.Td>
                  <Table.Td ta="right">{p.balance > 0 ? `+${p.balance}` : p.balance}</Table.Td>
                  <Table.Td ta="right">{p.interactions}</Table.Td>
                  <Table.Td>{p.lastContact ? shortDay(p.lastContact) : '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {rows.length > shown && (
            <Group justify="center" mt={6}>
              <Button size="compact-xs" variant="subtle" onClick={() => setShown((s) => s + PAGE)}>
                Show {Math.min(PAGE, rows.length - shown)} more of {rows.length - shown}
              </Button>
            </Group>
          )}
        </>
      }
    >
      <BarChart
        h={Math.max(140, bars.length * 28 + 40)}
        data={bars.map((p) => ({ id: p.id, name: p.name, given: p.given, received: -p.received }))}
        dataKey="name"
        orientation="vertical"
        type="stacked"
        // received below zero and given above it, each from zero (not one stacked on the other)
        barChartProps={{ stackOffset: 'sign' }}
        series={[
          { name: 'received', label: 'Received', color: RECEIVED_COLOR },
          { name: 'given', label: 'Given', color: GIVEN_COLOR },
        ]}
        valueFormatter={(v) => String(Math.abs(v))}
        xAxisProps={{ allowDecimals: false }}
        referenceLines={[{ x: 0, color: 'gray.5' }]}
        yAxisProps={{ width: 140 }}
        gridAxis="x"
        tickLine="none"
        barProps={{ cursor: 'pointer', onClick: (d: { payload?: { id?: string } }) => d.payload?.id && onOpenPeer(d.payload.id) } as never}
      />
      <Group gap="md" justify="center" mt={4}>
        <Swatch color={RECEIVED_COLOR.replace('.', '-')} text="← you received" />
        <Swatch color={GIVEN_COLOR.replace('.', '-')} text="you gave →" />
        <Text size="xs" c="dimmed">
          Click a bar to open the peer.
        </Text>
      </Group>
    </ChartFrame>
  );
}
