import { ActionIcon, Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconFlame, IconHeartHandshake } from '@tabler/icons-react';
import { addMonths, differenceInCalendarDays, getDaysInMonth, getISODay, parseISO, startOfMonth } from 'date-fns';
import { dayWords, monthWords } from '../../../shared/date-words';
import { dayOf, plusDays } from '../../../shared/domain/days';
import { periodLabel } from '../reciprocity/charts/format';
import { useMemo, useState } from 'react';
import { notBeingVulnerable } from '../../../shared/domain/journal/not-vulnerable';
import { entriesInMonth, moodSeries, onThisDay, reflectionStreak } from '../../../shared/domain/journal/stats';
import type { JournalSummary } from '../../../shared/domain/journal/summaries';
import { JOURNAL_KIND_LABEL } from '../../../shared/domain/journal/templates';
import type { JournalKind } from '../../../shared/schema/vocabulary';
import { MOODS } from './labels';
import { plural } from '../../../shared/plural';

/** The month calendar: a dot on each day with entries; a click filters the list to that day. */
function MonthCalendar({
  entries,
  today,
  day,
  onDay,
}: {
  entries: readonly JournalSummary[];
  today: string;
  day: string | null;
  onDay: (d: string | null) => void;
}) {
  const [month, setMonth] = useState(today.slice(0, 7));
  const counts = useMemo(() => entriesInMonth(entries, month), [entries, month]);
  const first = startOfMonth(parseISO(`${month}-01`));
  const lead = getISODay(first) - 1;
  const days = getDaysInMonth(first);
  const cells = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`)];
  const shift = (n: number) => setMonth(dayOf(addMonths(first, n)).slice(0, 7));
  return (
    <Card withBorder padding="sm" data-testid="journal-calendar">
      <Group justify="space-between" mb={4}>
        <ActionIcon variant="subtle" color="gray" onClick={() => shift(-1)} aria-label="Previous month">
          <IconChevronLeft size={16} />
        </ActionIcon>
        <Text size="sm" fw={600}>
          {monthWords(month)}
        </Text>
        <ActionIcon variant="subtle" color="gray" onClick={() => shift(1)} aria-label="Next month">
          <IconChevronRight size={16} />
        </ActionIcon>
      </Group>
      <SimpleGrid cols={7} spacing={2} verticalSpacing={2}>
        {['M', 'T', 'W', 'T', 'F', 'S', 'S'].map((d, i) => (
          <Text key={i} size="xs" c="dimmed" ta="center">
            {d}
          </Text>
        ))}
        {cells.map((d, i) =>
          d === null ? (
            <span key={`x${i}`} />
          ) : (
            <UnstyledButton
              key={d}
              onClick={() => onDay(day === d ? null : d)}
              // the name starts with the day's number, the text shown
              aria-label={`${Number(d.slice(8))} ${monthWords(d)}${counts[d] ? `, ${plural(counts[d], 'entry', 'entries')}` : ''}`}
              aria-pressed={day === d}
              style={{
                textAlign: 'center',
                borderRadius: 6,
                padding: '3px 0',
                fontSize: 12,
                fontWeight: d === today ? 700 : 400,
                background: day === d ? 'var(--mantine-color-teal-filled)' : counts[d] ? 'var(--mantine-color-teal-light)' : undefined,
                color: day === d ? 'white' : undefined,
              }}
            >
              {Number(d.slice(8))}
            </UnstyledButton>
          ),
        )}
      </SimpleGrid>
    </Card>
  );
}

/** How far back the mood line looks, in weeks. */
const MOOD_WEEKS = 26;
/** The mood scale's ends and middle, named on the line's left. */
const MOOD_TICKS = MOODS.filter((m) => m.value % 2 === 1);

/**
 * The mood over time: a line over the weeks with a mood (placed by date, so a gap is a gap),
 * the scale named on the left (Low, Okay, Great) and the first and last weeks below.
 */
function MoodLine({ entries, today }: { entries: readonly JournalSummary[]; today: string }) {
  // the last half year of weeks with a mood, by date (an old mood would squeeze the rest into a corner)
  const series = useMemo(() => {
    const all = moodSeries(entries);
    const since = all.length ? plusDays(all.at(-1)!.week, -MOOD_WEEKS * 7) : '';
    return all.filter((p) => p.week > since);
  }, [entries]);
  if (series.length < 2)
    return (
      <Text size="xs" c="dimmed">
        Pick a mood when you write; after two weeks a line shows how you have been.
      </Text>
    );
  const w = 260;
  const h = 130;
  const left = 40;
  const bottom = 18;
  const first = parseISO(series[0]!.week);
  const span = Math.max(1, differenceInCalendarDays(parseISO(series.at(-1)!.week), first));
  const x = (week: string) => left + 6 + (differenceInCalendarDays(parseISO(week), first) / span) * (w - left - 12);
  const y = (m: number) => 6 + ((5 - m) / 4) * (h - bottom - 12);
  const d = series.map((p, i) => `${i ? 'L' : 'M'}${x(p.week).toFixed(1)},${y(p.mood).toFixed(1)}`).join(' ');
  const label = { fontSize: 11, fill: 'var(--mantine-color-dimmed)' };
  return (
    <svg
      width="100%"
      viewBox={`0 0 ${w} ${h}`}
      role="img"
      aria-label={`Mood by week, from ${dayWords(series[0]!.week, today)} to ${dayWords(series.at(-1)!.week, today)}, on a scale from Low to Great`}
      data-testid="mood-line"
    >
      {MOOD_TICKS.map((m) => (
        <g key={m.value}>
          <line x1={left} x2={w - 2} y1={y(m.value)} y2={y(m.value)} stroke="var(--mantine-color-default-border)" strokeDasharray="3 3" />
          <text x={left - 6} y={y(m.value) + 3.5} textAnchor="end" {...label}>
            {m.label}
          </text>
        </g>
      ))}
      <text x={x(series[0]!.week)} y={h - 4} textAnchor="start" {...label}>
        {periodLabel(series[0]!.week, 'week')}
      </text>
      <text x={x(series.at(-1)!.week)} y={h - 4} textAnchor="end" {...label}>
        {periodLabel(series.at(-1)!.week, 'week')}
      </text>
      <path d={d} fill="none" stroke="var(--mantine-color-teal-filled)" strokeWidth={2} strokeLinejoin="round" />
      {series.map((p) => (
        <circle key={p.week} cx={x(p.week)} cy={y(p.mood)} r={2.5} fill="var(--mantine-color-teal-filled)">
          <title>{`Week of ${dayWords(p.week, today)}: ${p.mood}`}</title>
        </circle>
      ))}
    </svg>
  );
}

/**
 * What the journal shows before an entry is opened: the streak (gentle: a week not yet
 * written never counts against you), "on this day", the calendar, the mood line, and the
 * "not being vulnerable" pattern when it applies.
 */
export function JournalOverview({
  entries,
  today,
  day,
  onDay,
  onOpen,
  onNew,
}: {
  entries: readonly JournalSummary[];
  today: string;
  day: string | null;
  onDay: (d: string | null) => void;
  onOpen: (id: string) => void;
  onNew: (kind: JournalKind) => void;
}) {
  const streak = useMemo(() => reflectionStreak(entries, today), [entries, today]);
  const earlier = useMemo(() => onThisDay(entries, today), [entries, today]);
  const pattern = useMemo(() => notBeingVulnerable(entries, today), [entries, today]);
  return (
    <Stack gap="md" maw={560}>
      <Card withBorder padding="md">
        <Group gap="sm" wrap="nowrap">
          <IconFlame size={28} color="var(--mantine-color-orange-filled)" />
          <div>
            <Text fw={600} data-testid="streak">
              {streak.weeks === 0
                ? 'Start a streak this week'
                : `${streak.weeks} ${streak.weeks === 1 ? 'week' : 'weeks'} in a row${streak.thisWeek ? '' : ', and this week is still open'}`}
            </Text>
            <Text size="xs" c="dimmed">
              {streak.weeks === 0
                ? 'One entry a week is enough. Missing a week is fine: you simply start again.'
                : `Your longest run: ${streak.best} ${streak.best === 1 ? 'week' : 'weeks'}.`}
            </Text>
          </div>
        </Group>
      </Card>
      {pattern && (
        <Alert
          color="grape"
          variant="light"
          icon={<IconHeartHandshake size={18} />}
          title="Not being vulnerable"
          data-testid="pattern-not-vulnerable"
        >
          <Text size="sm">{pattern.message}</Text>
          <Text size="sm" mt={4} fw={500}>
            {pattern.step}
          </Text>
          <Group mt="xs" gap="xs">
            <Button size="compact-sm" variant="light" color="grape" onClick={() => onNew('vulnerability')}>
              Practise: write about a struggle
            </Button>
            <Button size="compact-sm" variant="subtle" color="grape" onClick={() => onNew('dialogue-prep')}>
              Prepare an honest conversation
            </Button>
          </Group>
        </Alert>
      )}
      {earlier.length > 0 && (
        <Card withBorder padding="md" data-testid="on-this-day">
          <Title order={5} mb={4}>
            On this day
          </Title>
          <Stack gap={2}>
            {earlier.slice(0, 5).map((e) => (
              <UnstyledButton key={e.id} onClick={() => onOpen(e.id)}>
                <Text size="sm">
                  {e.date.slice(0, 4)}:{' '}
                  {e.confidential ? `${JOURNAL_KIND_LABEL[e.kind]} (confidential)` : e.title || JOURNAL_KIND_LABEL[e.kind]}
                </Text>
              </UnstyledButton>
            ))}
          </Stack>
        </Card>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <MonthCalendar entries={entries} today={today} day={day} onDay={onDay} />
        <Card withBorder padding="sm">
          <Text size="sm" fw={600} mb={4}>
            Mood
          </Text>
          <MoodLine entries={entries} today={today} />
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
