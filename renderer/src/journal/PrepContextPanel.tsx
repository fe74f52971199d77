import { Badge, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { dayRelative, daysFromToday, dayWords } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';
import type { PrepContext } from '../../../shared/domain/journal/prep-context';
import { BALANCE_TEXT } from '../../../shared/domain/reciprocity';
import { AdvisorPrepSection } from '../advisor/AdvisorPrepSection';
import { send } from '../data/channel';
import { ErrorNote } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';
import { CHANNEL_LABEL, PURPOSE_LABEL, TOPIC_LABEL } from './labels';
import { RevealInline } from './Masked';

const TREND_TEXT: Record<PrepContext['trendWord'], string> = {
  'toward-giving': 'lately you have been giving more',
  'toward-receiving': 'lately you have been receiving more',
  steady: 'steady lately',
  quiet: 'nothing passed in the last six months',
};

function Section({ title, empty, children }: { title: string; empty?: string | false; children?: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={2}>
        {title}
      </Text>
      {empty ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        children
      )}
    </div>
  );
}

/** The prep sheet's context, gathered by main for one peer: nothing to look up by hand. */
export function PrepContextPanel({ peerId }: { peerId: string }) {
  const { data: ctx, error, refetch } = useVaultQuery('journal:prep', { peerId });
  if (error) return <ErrorNote error={error} onRetry={() => void refetch()} />;
  if (!ctx) return <Loader size="sm" />;
  const maxBar = Math.max(1, ...ctx.trend.map((p) => Math.abs(p.balance)));
  return (
    <Paper withBorder p="md" radius="md" data-testid="prep-context">
      <Stack gap="md">
        <div>
          <Title order={4}>{ctx.peer.name}</Title>
          <Text size="sm" c="dimmed">
            {[ctx.peer.role, ctx.peer.company].filter(Boolean).join(' at ')}
            {ctx.daysSinceContact !== null ? ` · last talked ${daysFromToday(-ctx.daysSinceContact)}` : ' · no conversation logged yet'}
          </Text>
        </div>
        <Section title="Open follow-ups" empty={ctx.openFollowUps.length === 0 && 'None open. A good moment to offer something.'}>
          <List size="sm" spacing={2}>
            {ctx.openFollowUps.map((f) => (
              <List.Item key={f.id}>
                <RevealInline
                  hidden={f.text === null}
                  text={f.text ?? ''}
                  label={`A follow-up from a confidential conversation on ${dayWords(f.date, dayOf(new Date()))}`}
                  reveal={async () =>
                    (await send('interactions:get', { id: f.interactionId })).followUps.find((x) => x.id === f.id)?.text ?? ''
                  }
                />
                {f.due && (
                  <Badge ml={6} size="xs" color={f.overdue ? 'red' : 'gray'} variant="light">
                    {f.overdue ? 'overdue ' : 'due '}
                    {dayRelative(f.due, dayOf(new Date()))}
                  </Badge>
                )}
              </List.Item>
            ))}
          </List>
        </Section>
        <Section title="Last conversations" empty={ctx.lastInteractions.length === 0 && 'Nothing logged with them yet.'}>
          <Stack gap={4}>
            {ctx.lastInteractions.map((i) => (
              <Text key={i.id} size="sm">
                <Text span c="dimmed" size="sm">
                  {dayRelative(i.date, dayOf(new Date()))}
                </Text>{' '}
                {CHANNEL_LABEL[i.channel]} · {PURPOSE_LABEL[i.purpose]}
                {i.summary === null ? ' · (confidential summary)' : i.summary ? ` · ${i.summary.slice(0, 120)}` : ''}
              </Text>
            ))}
          </Stack>
        </Section>
        <Section title="Give and take, last 12 months">
          <Text size="sm" data-testid="prep-balance">
            {ctx.balance.word === 'too-little'
              ? `Too little logged to say yet (given ${ctx.balance.given}, received ${ctx.balance.received}).`
              : `${BALANCE_TEXT[ctx.balance.word][0]!.toUpperCase()}${BALANCE_TEXT[ctx.balance.word].slice(1)} (given ${ctx.balance.given}, received ${ctx.balance.received}); ${TREND_TEXT[ctx.trendWord]}.`}
          </Text>
          {ctx.trendWord !== 'quiet' && (
            <svg width="100%" height="28" viewBox={`0 0 ${ctx.trend.length * 10} 28`} preserveAspectRatio="none" aria-hidden>
              {ctx.trend.map((p, i) => {
                const h = (Math.abs(p.balance) / maxBar) * 12;
                return (
                  <rect
                    key={p.period}
                    x={i * 10 + 2}
                    width={6}
                    y={p.balance >= 0 ? 14 - h : 14}
                    height={Math.max(h, 0.5)}
                    fill={p.balance >= 0 ? 'var(--mantine-color-teal-filled)' : 'var(--mantine-color-orange-filled)'}
                  />
                );
              })}
            </svg>
          )}
        </Section>
        <Section
          title="What you could offer"
          empty={
            ctx.offers.length === 0 &&
            (ctx.needs.length
              ? 'None of your skills meets their needs by name. Ask what would help.'
              : 'Their needs are not noted yet: ask what they are working on.')
          }
        >
          <List size="sm" spacing={2}>
            {ctx.offers.map((o) => (
              <List.Item key={`${o.skill}|${o.need}`}>{o.why}</List.Item>
            ))}
          </List>
        </Section>
        <Section title="Their needs and goals" empty={ctx.needs.length === 0 && ctx.goals.length === 0 && 'Nothing noted yet.'}>
          <Group gap={4} mb={4}>
            {ctx.needs.map((n) => (
              <Badge key={n} variant="light" color="orange" size="sm">
                {n}
              </Badge>
            ))}
          </Group>
          <List size="sm" spacing={2}>
            {ctx.goals.map((g) => (
              <List.Item key={g.id}>
                {g.title}
                {g.theirs ? '' : ' (shared with you)'}
                {g.progress !== null ? ` · ${g.progress}%` : ''}
                {g.due ? ` · due ${dayRelative(g.due, dayOf(new Date()))}` : ''}
              </List.Item>
            ))}
          </List>
        </Section>
        {ctx.lifeEvents.length > 0 && (
          <Section title="In their life">
            <List size="sm" spacing={2}>
              {ctx.lifeEvents.map((e) => (
                <List.Item key={e.id}>
                  {e.kind.replace('-', ' ')} · {daysFromToday(e.daysAway)}
                  {e.note ? ` · ${e.note}` : ''}
                </List.Item>
              ))}
            </List>
          </Section>
        )}
        <Section title="Topics from your notes" empty={ctx.topics.length === 0 && 'No notes about them yet.'}>
          <Group gap={4}>
            {ctx.topics.map((t) => (
              <Badge key={t.topic ?? 'none'} variant="outline" size="sm">
                {t.topic ? TOPIC_LABEL[t.topic] : 'General'} · {t.notes}
              </Badge>
            ))}
          </Group>
        </Section>
        <AdvisorPrepSection peerId={peerId} />
      </Stack>
    </Paper>
  );
}
