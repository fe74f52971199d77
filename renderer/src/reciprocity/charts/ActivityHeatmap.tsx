import { Heatmap } from '@mantine/charts';
// after the Mantine components the charts are built on, whose styles come with them
import '@mantine/charts/styles.css';
import { ScrollArea, Stack, Table, Text } from '@mantine/core';
import { addDays, parseISO, subYears } from 'date-fns';
import { monthWords } from '../../../../shared/date-words';
import { dayOf } from '../../../../shared/domain/days';
import { ChartFrame } from './ChartFrame';
import { longDay, plural } from './format';

const day = dayOf;

/** The window cut into years, newest first (one calendar strip each). */
function yearsOf(since: string, until: string): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  let to = parseISO(until);
  for (;;) {
    const fromDate = addDays(subYears(to, 1), 1);
    const from = day(fromDate) < since ? since : day(fromDate);
    out.push({ from, to: day(to) });
    if (from === since) return out;
    to = addDays(fromDate, -1);
  }
}

/**
 * A calendar of activity: one square per day, darker with more interactions. The squares
 * carry labels ("Monday 3 March 2025: 2 interactions") for screen readers; the table below
 * gives the same by month, for keyboards.
 */
export function ActivityHeatmap({ activity, since, until }: { activity: Record<string, number>; since: string; until: string }) {
  const days = Object.entries(activity).filter(([, n]) => n > 0);
  const total = days.reduce((s, [, n]) => s + n, 0);
  const busiest = [...days].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
  const byMonth = new Map<string, { n: number; days: number }>();
  for (const [d, n] of days) {
    const m = byMonth.get(d.slice(0, 7)) ?? { n: 0, days: 0 };
    byMonth.set(d.slice(0, 7), { n: m.n + n, days: m.days + 1 });
  }
  const max = Math.max(1, ...days.map(([, n]) => n));
  return (
    <ChartFrame
      title="Activity"
      summary={
        total
          ? `${plural(total, 'interaction')} on ${plural(days.length, 'day')}; the busiest was ${longDay(busiest[0]![0])} (${busiest[0]![1]}).`
          : 'No interactions in this window.'
      }
      empty={
        total ? undefined : (
          <Text size="sm" c="dimmed">
            Every interaction you log lights up its day here.
          </Text>
        )
      }
      testId="chart-activity"
      table={
        <Table striped withTableBorder fz="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Month</Table.Th>
              <Table.Th ta="right">Interactions</Table.Th>
              <Table.Th ta="right">Days with any</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...byMonth.entries()]
              .sort((a, b) => a[0].localeCompare(b[0]))
              .map(([m, v]) => (
                <Table.Tr key={m}>
                  <Table.Td>{monthWords(m)}</Table.Td>
                  <Table.Td ta="right">{v.n}</Table.Td>
                  <Table.Td ta="right">{v.days}</Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
          <Table.Caption>Busiest days: {busiest.map(([d, n]) => `${longDay(d)} (${n})`).join('; ')}</Table.Caption>
        </Table>
      }
    >
      <ScrollArea type="auto" offsetScrollbars>
        <Stack gap="xs">
          {yearsOf(since, until).map((y) => (
            <Heatmap
              key={y.from}
              data={activity}
              startDate={y.from}
              endDate={y.to}
              domain={[0, max]}
              withMonthLabels
              withWeekdayLabels
              withOutsideDates={false}
              firstDayOfWeek={1}
              rectSize={13}
              gap={2}
              withTooltip
              getTooltipLabel={({ date, value }) => `${longDay(date)}: ${plural(value ?? 0, 'interaction')}`}
              getRectProps={({ date, value }) => ({ role: 'img', 'aria-label': `${longDay(date)}: ${plural(value ?? 0, 'interaction')}` })}
              data-testid="heatmap"
            />
          ))}
        </Stack>
      </ScrollArea>
    </ChartFrame>
  );
}
