import { DonutChart } from '@mantine/charts';
// after the Mantine components the charts are built on, whose styles come with them
import '@mantine/charts/styles.css';
import { Group, Stack, Table, Text } from '@mantine/core';
import type { KindTotals } from '../../../../shared/domain/reciprocity';
import { VALUE_KINDS, type ValueKind } from '../../../../shared/schema/vocabulary';
import { VALUE_KIND_LABEL } from '../../interactions/labels';
import { ChartFrame } from './ChartFrame';

/** One colour per kind of value, the same on every chart. */
export const KIND_COLOR: Record<ValueKind, string> = {
  opportunity: 'yellow.6',
  introduction: 'blue.6',
  reference: 'indigo.5',
  resource: 'cyan.6',
  expertise: 'teal.6',
  feedback: 'green.6',
  'emotional-support': 'pink.5',
  accountability: 'orange.6',
  celebration: 'grape.5',
  collaboration: 'lime.6',
};

/** The mix of value kinds that passed across the network, both ways together. */
export function KindMixChart({ byKind }: { byKind: KindTotals }) {
  const kinds = VALUE_KINDS.filter((k) => byKind[k].given + byKind[k].received > 0).sort(
    (a, b) => byKind[b].given + byKind[b].received - (byKind[a].given + byKind[a].received),
  );
  const total = kinds.reduce((n, k) => n + byKind[k].given + byKind[k].received, 0);
  const pct = (k: ValueKind) => Math.round(((byKind[k].given + byKind[k].received) / total) * 100);
  return (
    <ChartFrame
      title="The mix of what passed, both ways"
      summary={
        kinds.length
          ? `${kinds
              .slice(0, 3)
              .map((k) => `${VALUE_KIND_LABEL[k].toLowerCase()} ${pct(k)}%`)
              .join(', ')}${kinds.length > 3 ? `, and ${kinds.length - 3} more kinds` : ''}.`
          : 'No exchanges in this window.'
      }
      empty={
        kinds.length ? undefined : (
          <Text size="sm" c="dimmed">
            Opportunities, introductions, feedback, support: the kinds you trade show up here.
          </Text>
        )
      }
      testId="chart-mix"
      table={
        <Table striped withTableBorder fz="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Kind</Table.Th>
              <Table.Th ta="right">Given</Table.Th>
              <Table.Th ta="right">Received</Table.Th>
              <Table.Th ta="right">Share</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {kinds.map((k) => (
              <Table.Tr key={k}>
                <Table.Td>{VALUE_KIND_LABEL[k]}</Table.Td>
                <Table.Td ta="right">{byKind[k].given}</Table.Td>
                <Table.Td ta="right">{byKind[k].received}</Table.Td>
                <Table.Td ta="right">{pct(k)}%</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    >
      <Group gap="lg" wrap="nowrap" align="center">
        <DonutChart
          size={170}
          thickness={26}
          data={kinds.map((k) => ({ name: VALUE_KIND_LABEL[k], value: byKind[k].given + byKind[k].received, color: KIND_COLOR[k] }))}
          chartLabel={`${total} by weight`}
          tooltipDataSource="segment"
        />
        <Stack gap={2}>
          {kinds.map((k) => (
            <Group key={k} gap={6} wrap="nowrap">
              <div
                style={{ width: 10, height: 10, borderRadius: 2, background: `var(--mantine-color-${KIND_COLOR[k].replace('.', '-')})` }}
              />
              <Text size="xs">
                {VALUE_KIND_LABEL[k]}{' '}
                <Text span c="dimmed" size="xs">
                  {pct(k)}%
                </Text>
              </Text>
            </Group>
          ))}
        </Stack>
      </Group>
    </ChartFrame>
  );
}
