import { AreaChart } from '@mantine/charts';
// after the Mantine components the charts are built on, whose styles come with them
import '@mantine/charts/styles.css';
import { Table, Text } from '@mantine/core';
import type { Bucket, SeriesPoint } from '../../../../shared/domain/reciprocity';
import { ChartFrame, GIVEN_COLOR, RECEIVED_COLOR } from './ChartFrame';
import { periodLabel } from './format';

/** A peer's running balance (given minus received) over the window: above zero you have given more. */
export function CumulativeBalanceChart({ series, bucket, name }: { series: SeriesPoint[]; bucket: Bucket; name: string }) {
  const last = series.at(-1);
  const any = series.some((p) => p.given + p.received > 0);
  const data = series.map((p) => ({ period: periodLabel(p.period, bucket), balance: p.cumulativeBalance }));
  const summary = !last
    ? ''
    : last.cumulativeBalance === 0
      ? `Over the window, what you gave ${name} and what you received evened out (${last.cumulativeGiven} each way, by weight).`
      : last.cumulativeBalance > 0
        ? `By the end of the window you had given ${name} ${last.cumulativeBalance} more than you received (${last.cumulativeGiven} given, ${last.cumulativeReceived} received).`
        : `By the end of the window you had received ${-last.cumulativeBalance} more from ${name} than you gave (${last.cumulativeGiven} given, ${last.cumulativeReceived} received).`;
  return (
    <ChartFrame
      title="Balance over time"
      summary={any ? summary : 'Nothing given or received in this window yet.'}
      empty={
        any ? undefined : (
          <Text size="sm" c="dimmed">
            Log what you give and receive (“I gave…”, “I received…”) and the running balance appears here.
          </Text>
        )
      }
      testId="chart-cumulative"
      table={
        <Table striped withTableBorder fz="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{bucket === 'month' ? 'Month' : 'Week of'}</Table.Th>
              <Table.Th ta="right">Given</Table.Th>
              <Table.Th ta="right">Received</Table.Th>
              <Table.Th ta="right">Running balance</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {series.map((p) => (
              <Table.Tr key={p.period}>
                <Table.Td>{periodLabel(p.period, bucket)}</Table.Td>
                <Table.Td ta="right">{p.given}</Table.Td>
                <Table.Td ta="right">{p.received}</Table.Td>
                <Table.Td ta="right">{p.cumulativeBalance}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    >
      <AreaChart
        h={180}
        data={data}
        dataKey="period"
        series={[{ name: 'balance', label: 'Given minus received, so far', color: GIVEN_COLOR }]}
        type="split"
        splitColors={[GIVEN_COLOR, RECEIVED_COLOR]}
        curveType="stepAfter"
        withDots={false}
        referenceLines={[{ y: 0, color: 'gray.5' }]}
        gridAxis="y"
        tickLine="none"
        xAxisProps={{ minTickGap: 24 }}
        // weights are whole numbers: no 0.25 steps
        yAxisProps={{ allowDecimals: false }}
      />
    </ChartFrame>
  );
}
