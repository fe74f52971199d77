import { BarChart } from '@mantine/charts';
// after the Mantine components the charts are built on, whose styles come with them
import '@mantine/charts/styles.css';
import { Table, Text } from '@mantine/core';
import type { SeriesPoint } from '../../../../shared/domain/reciprocity';
import { ChartFrame, GIVEN_COLOR, RECEIVED_COLOR } from './ChartFrame';
import { monthTick, periodLabel } from './format';

/** Every month labelled up to two years; beyond, every other one (the table has them all). */
const EVERY_MONTH_UP_TO = 13;

/**
 * Given and received across the whole network, month by month (each exchange once).
 * `span`: the window's length as chosen ("12 months"), not the count of calendar months it touches.
 */
export function MonthlyChart({ series, span }: { series: SeriesPoint[]; span: string }) {
  const any = series.some((p) => p.given + p.received > 0);
  const busiest = series.reduce<SeriesPoint | null>((b, p) => (b === null || p.given + p.received > b.given + b.received ? p : b), null);
  const last = series.at(-1);
  return (
    <ChartFrame
      title="Given and received, by month"
      summary={
        any && busiest && last
          ? `Over ${span} you gave ${last.cumulativeGiven} and received ${last.cumulativeReceived}; the busiest month was ${periodLabel(busiest.period, 'month')} (${busiest.given} given, ${busiest.received} received).`
          : 'No exchanges in this window.'
      }
      empty={
        any ? undefined : (
          <Text size="sm" c="dimmed">
            Each month's giving and receiving appears here as you log.
          </Text>
        )
      }
      testId="chart-monthly"
      table={
        <Table striped withTableBorder fz="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Month</Table.Th>
              <Table.Th ta="right">Given</Table.Th>
              <Table.Th ta="right">Received</Table.Th>
              <Table.Th ta="right">Balance so far</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {series.map((p) => (
              <Table.Tr key={p.period}>
                <Table.Td>{periodLabel(p.period, 'month')}</Table.Td>
                <Table.Td ta="right">{p.given}</Table.Td>
                <Table.Td ta="right">{p.received}</Table.Td>
                <Table.Td ta="right">{p.cumulativeBalance}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    >
      <BarChart
        h={220}
        data={series.map((p) => ({ period: p.period, given: p.given, received: p.received }))}
        dataKey="period"
        series={[
          { name: 'given', label: 'Given', color: GIVEN_COLOR },
          { name: 'received', label: 'Received', color: RECEIVED_COLOR },
        ]}
        withLegend
        legendProps={{ verticalAlign: 'top', height: 28 }}
        gridAxis="y"
        tickLine="none"
        xAxisProps={{
          interval: series.length <= EVERY_MONTH_UP_TO ? 0 : 1,
          tickFormatter: monthTick,
          fontSize: 11,
        }}
        yAxisProps={{ allowDecimals: false }}
        xAxisLabel={
          series.length ? `${periodLabel(series[0]!.period, 'month')} to ${periodLabel(series.at(-1)!.period, 'month')}` : undefined
        }
        // the tooltip asks for a label before any bar is hovered, with none
        tooltipProps={{ labelFormatter: (p: unknown) => (typeof p === 'string' && p ? periodLabel(p, 'month') : '') }}
        barChartProps={{ barGap: 2, barCategoryGap: '18%' }}
        maxBarWidth={14}
      />
    </ChartFrame>
  );
}
