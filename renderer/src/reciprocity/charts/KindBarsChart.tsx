import { BarChart } from '@mantine/charts';
// after the Mantine components the charts are built on, whose styles come with them
import '@mantine/charts/styles.css';
import { Table, Text } from '@mantine/core';
import type { KindTotals } from '../../../../shared/domain/reciprocity';
import { VALUE_KINDS, type ValueKind } from '../../../../shared/schema/vocabulary';
import { VALUE_KIND_LABEL } from '../../interactions/labels';
import { ChartFrame, GIVEN_COLOR, RECEIVED_COLOR } from './ChartFrame';

const most = (byKind: KindTotals, side: 'given' | 'received'): ValueKind | null => {
  let best: ValueKind | null = null;
  for (const k of VALUE_KINDS) if (byKind[k][side] > 0 && (best === null || byKind[k][side] > byKind[best][side])) best = k;
  return best;
};

/** Given and received, side by side, for each kind of value that passed. */
export function KindBarsChart({ byKind, title = 'Given and received, by kind' }: { byKind: KindTotals; title?: string }) {
  const kinds = VALUE_KINDS.filter((k) => byKind[k].given + byKind[k].received > 0);
  const g = most(byKind, 'given');
  const r = most(byKind, 'received');
  const summary = [
    g ? `Most given: ${VALUE_KIND_LABEL[g].toLowerCase()} (${byKind[g].given}).` : 'Nothing given yet.',
    r ? `Most received: ${VALUE_KIND_LABEL[r].toLowerCase()} (${byKind[r].received}).` : 'Nothing received yet.',
  ].join(' ');
  return (
    <ChartFrame
      title={title}
      summary={kinds.length ? summary : 'No exchanges in this window.'}
      empty={
        kinds.length ? undefined : (
          <Text size="sm" c="dimmed">
            Feedback, introductions, support… each exchange you log adds to its kind here.
          </Text>
        )
      }
      testId="chart-kinds"
      table={
        <Table striped withTableBorder fz="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Kind</Table.Th>
              <Table.Th ta="right">Given</Table.Th>
              <Table.Th ta="right">Received</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {kinds.map((k) => (
              <Table.Tr key={k}>
                <Table.Td>{VALUE_KIND_LABEL[k]}</Table.Td>
                <Table.Td ta="right">{byKind[k].given}</Table.Td>
                <Table.Td ta="right">{byKind[k].received}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    >
      <BarChart
        h={Math.max(120, kinds.length * 34 + 40)}
        data={kinds.map((k) => ({ kind: VALUE_KIND_LABEL[k], given: byKind[k].given, received: byKind[k].received }))}
        dataKey="kind"
        orientation="vertical"
        series={[
          { name: 'given', label: 'Given', color: GIVEN_COLOR },
          { name: 'received', label: 'Received', color: RECEIVED_COLOR },
        ]}
        withLegend
        legendProps={{ verticalAlign: 'top', height: 28 }}
        yAxisProps={{ width: 130 }}
        xAxisProps={{ allowDecimals: false }}
        gridAxis="x"
        tickLine="none"
      />
    </ChartFrame>
  );
}
