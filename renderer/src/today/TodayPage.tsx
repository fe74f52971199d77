import { Alert, Anchor, Badge, Button, Center, Checkbox, Group, Loader, Menu, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBellZ, IconLock, IconMessagePlus } from '@tabler/icons-react';
import { dayLong, dayRelative, dayWithWeekday, dayWords } from '../../../shared/date-words';
import { Children, useState, type ReactNode } from 'react';
import { dayOf, plusDays } from '../../../shared/domain/days';
import { BALANCE_TEXT } from '../../../shared/domain/reciprocity';
import type { DueCheckIn } from '../../../shared/domain/cadence';
import type { OpenFollowUp, TodayData } from '../../../shared/domain/today';
import { send } from '../data/channel';
import { ErrorNote, showError } from '../data/ErrorNote';
import { CHANNEL_LABEL } from '../interactions/labels';
import { LifeEventNote } from '../interactions/LifeEventNote';
import { RevealInline } from '../journal/Masked';
import { openLogInteraction } from '../interactions/log-store';
import { PatternNote } from '../interactions/PatternNote';
import { LOG_SHORTCUT_TEXT } from '../interactions/shortcut';
import { useSession } from '../session/SessionProvider';
import { useNav, type PageProps } from '../shell/nav';
import { TODAY_FEATURE_CARDS } from './today-cards';
import { MeetingsReviewCard } from './MeetingsReviewCard';
import { TodayCard } from './TodayCard';
import { useToday } from './useToday';
import { plural } from '../../../shared/plural';

const short = (d: string) => dayWords(d, dayOf(new Date()));
/** relative where it helps: "3 days ago", "tomorrow" */
const near = (d: string) => dayRelative(d, dayOf(new Date()));
const SNOOZES: [label: string, days: number][] = [
  ['Until tomorrow', 1],
  ['For 3 days', 3],
  ['For a week', 7],
  ['For two weeks', 14],
];

function dueText(d: DueCheckIn): { text: string; color: string } {
  const n = d.daysOverdue ?? 0;
  if (n > 0) return { text: `${n} day${n === 1 ? '' : 's'} overdue`, color: 'red' };
  if (n === 0) return { text: 'due today', color: 'orange' };
  return { text: `due in ${-n} day${n === -1 ? '' : 's'}`, color: 'gray' };
}

/** Today: who is due a check-in, what you promised, whose news deserves a word, patterns worth a look, and this week. */
export function TodayPage(_props: PageProps) {
  const nav = useNav();
  const { data, error, reload } = useToday();

  const snooze = async (d: DueCheckIn, days: number) => {
    if (!data) return;
    try {
      const until = plusDays(data.today, days);
      await send('checkins:snooze', { peerId: d.peerId, until });
      const id = `snooze-${d.peerId}-${until}`;
      notifications.show({
        id,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              {d.name} snoozed until {short(until)}.
            </Text>
            <Button
              size="xs"
              variant="light"
              onClick={() => void send('checkins:snooze', { peerId: d.peerId, until: null }).then(() => notifications.hide(id))}
            >
              Undo
            </Button>
          </Group>
        ),
      });
    } catch (e) {
      showError(e);
    }
  };

  const setDone = async (f: OpenFollowUp, done: boolean) => {
    try {
      await send('interactions:setFollowUp', { interactionId: f.interactionId, followUpId: f.followUp.id, done });
      if (done) {
        const id = `done-${f.followUp.id}`;
        notifications.show({
          id,
          message: (
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">Done: {f.hidden ? `a confidential follow-up of ${short(f.date)}` : f.followUp.text}</Text>
              <Button size="xs" variant="light" onClick={() => void setDone(f, false).then(() => notifications.hide(id))}>
                Undo
              </Button>
            </Group>
          ),
        });
      }
    } catch (e) {
      showError(e);
    }
  };

  if (error) return <ErrorNote error={error} onRetry={reload} />;
  if (!data)
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );

  return (
    <Stack gap="md" data-testid="today-page">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            Today
          </Title>
          <Text c="dimmed" size="sm">
            {dayLong(data.today)}
          </Text>
        </div>
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {LOG_SHORTCUT_TEXT}
          </Text>
          <Button leftSection={<IconMessagePlus size={16} />} onClick={() => openLogInteraction()} data-testid="today-log">
            Log interaction
          </Button>
        </Group>
      </Group>
      {data.counts.peers === 0 ? <FirstSteps /> : <SummaryLine data={data} onOpen={() => nav.go('reciprocity')} />}
      <MeetingsReviewCard data={data.meetings} onDone={reload} />
      {/* one flow in two balanced columns where there is room (none left empty), one column below */}
      <TodayFlow>
        <TodayCard
          title="Due a check-in"
          order="most overdue first"
          testId="today-due"
          items={data.due}
          empty={
            data.counts.withCadence === 0 ? (
              <>
                Nobody has a check-in cadence yet. Set one on a peer (Edit, “Check in every”) or set defaults by peer type, tag or group in{' '}
                <Anchor component="button" size="sm" onClick={() => nav.go('settings', { section: 'cadence' })}>
                  Settings
                </Anchor>
                .
              </>
            ) : (
              'Nobody is due this week. Regular contact keeps relationships from fading: this is what it looks like.'
            )
          }
          render={(d) => {
            const due = dueText(d);
            return (
              <Group justify="space-between" wrap="nowrap" gap="sm" data-testid="due-item">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Group gap={6} wrap="nowrap">
                    <Anchor component="button" fw={600} size="sm" onClick={() => nav.openPeer(d.peerId)} truncate>
                      {d.name}
                    </Anchor>
                    <Badge size="sm" variant="light" color={due.color} tt="none">
                      {due.text}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed">
                    every {d.cadence ? plural(d.cadence.days, 'day') : ''} ·{' '}
                    {d.lastContact ? `last contact ${near(d.lastContact)}` : 'nothing logged yet'}
                  </Text>
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => openLogInteraction({ peerIds: [d.peerId], purpose: 'check-in' })}
                    aria-label={`Log a check-in with ${d.name}`}
                  >
                    Log
                  </Button>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="gray"
                        leftSection={<IconBellZ size={14} />}
                        aria-label={`Snooze ${d.name}`}
                        data-testid="snooze"
                      >
                        Snooze
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      {SNOOZES.map(([label, days]) => (
                        <Menu.Item key={days} onClick={() => void snooze(d, days)}>
                          {label}
                        </Menu.Item>
                      ))}
                    </Menu.Dropdown>
                  </Menu>
                </Group>
              </Group>
            );
          }}
        />
        <TodayCard
          title="Follow-ups"
          order="soonest due first"
          testId="today-follow-ups"
          items={data.followUps}
          empty="Nothing promised and not done. When you log an interaction, add what you will do next (send the article, make the intro) and it waits here."
          render={(f) => (
            <Group gap="sm" wrap="nowrap" align="flex-start" data-testid="follow-up-item">
              <Checkbox
                mt={2}
                checked={false}
                onChange={() => void setDone(f, true)}
                aria-label={`Done: ${f.hidden ? `a confidential follow-up of ${short(f.date)}` : f.followUp.text}`}
              />
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm">
                  <RevealInline
                    hidden={f.hidden}
                    text={f.followUp.text}
                    label={`A follow-up from a confidential conversation on ${short(f.date)}`}
                    reveal={async () =>
                      (await send('interactions:get', { id: f.interactionId })).followUps.find((x) => x.id === f.followUp.id)?.text ?? ''
                    }
                  />
                </Text>
                <Text size="xs" c="dimmed">
                  {f.peers.map((p, i) => (
                    <span key={p.id}>
                      {i ? ', ' : 'with '}
                      <Anchor component="button" size="xs" onClick={() => nav.openPeer(p.id)}>
                        {p.name}
                      </Anchor>
                    </span>
                  ))}
                  {f.followUp.due ? (
                    <Text
                      span
                      size="xs"
                      c={f.followUp.due < data.today ? 'red' : 'dimmed'}
                      fw={f.followUp.due < data.today ? 600 : undefined}
                    >
                      {' '}
                      · due {near(f.followUp.due)}
                      {f.followUp.due < data.today ? ' (overdue)' : ''}
                    </Text>
                  ) : (
                    ' · no due date'
                  )}
                </Text>
              </Stack>
            </Group>
          )}
        />
        <TodayCard
          title="Celebrate or support"
          order="nearest first"
          testId="today-life-events"
          items={data.lifeEvents}
          first={5}
          empty="No news to mark in the next two weeks. Add life events (a new job, a launch, a birthday) on a peer's Interactions tab, and they come up here when the day is near."
          render={(m) => <LifeEventNote mention={m} peerName={m.peerName} onOpenPeer={nav.openPeer} />}
        />
        <TodayCard
          title="Worth a gentle look"
          order="by kind, closest first"
          testId="today-patterns"
          items={data.patterns}
          first={3}
          empty="Nothing to point out: no peer you only contact when you need something, no long one-sided balance, nobody far past their cadence."
          render={(p) => <PatternNote pattern={p} onOpenPeer={nav.openPeer} showName />}
        />
        <TodayCard
          title="This week"
          order="newest first"
          testId="today-week"
          items={data.thisWeek.interactions}
          first={5}
          empty={`Nothing logged since ${dayWithWeekday(data.thisWeek.since, data.today)}. A coffee, a call, a message: log it with ${LOG_SHORTCUT_TEXT}.`}
          render={(i) => (
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <Text size="xs" c="dimmed" w={64} style={{ flexShrink: 0 }} mt={2}>
                {dayRelative(i.date, data.today)}
              </Text>
              <Text size="sm" style={{ minWidth: 0 }}>
                {CHANNEL_LABEL[i.channel]} with{' '}
                {i.peers.map((p, k) => (
                  <span key={p.id}>
                    {k ? ', ' : ''}
                    <Anchor component="button" size="sm" onClick={() => nav.openPeer(p.id)}>
                      {p.name}
                    </Anchor>
                  </span>
                ))}
                {i.hidden ? (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    · <IconLock size={12} /> confidential
                  </Text>
                ) : i.summary ? (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    · {i.summary.length > 140 ? `${i.summary.slice(0, 140)}…` : i.summary}
                  </Text>
                ) : null}
              </Text>
            </Group>
          )}
        />
        {TODAY_FEATURE_CARDS.map((Card, i) => (
          <Card key={i} />
        ))}
      </TodayFlow>
    </Stack>
  );
}

/**
 * Today's cards in one flow: two balanced columns where each gets 400 px or more, one below
 * that. Balanced columns leave no tall empty half (the fixed two-column grid left ~400 px
 * blank beside the long due list); the reading order is the flow's own.
 */
function TodayFlow({ children }: { children: ReactNode }) {
  return (
    <div style={{ columns: '2 400px', columnGap: 'var(--mantine-spacing-md)' }} data-testid="today-cards">
      {Children.map(children, (card) => (
        <div style={{ breakInside: 'avoid', paddingBottom: 'var(--mantine-spacing-md)' }}>{card}</div>
      ))}
    </div>
  );
}

/** One line of reciprocity: the network's balance over the last 12 months, in words. */
function SummaryLine({ data, onOpen }: { data: TodayData; onOpen: () => void }) {
  const s = data.summary;
  return (
    <Text size="sm" data-testid="today-summary">
      {s.given + s.received === 0 ? (
        'Nothing given or received logged in the last 12 months yet.'
      ) : (
        <>
          Over the last 12 months, with {s.peersWithExchanges} peer{s.peersWithExchanges === 1 ? '' : 's'}, you gave {s.given} and received{' '}
          {s.received}: <b>{BALANCE_TEXT[s.word]}</b>.
        </>
      )}{' '}
      <Anchor component="button" size="sm" onClick={onOpen}>
        See reciprocity
      </Anchor>
    </Text>
  );
}

/** A new vault: where to start, from the guide's action steps. */
/** An empty vault's first screen: a welcome and the next steps, each one click (or Enter) away. */
function FirstSteps() {
  const nav = useNav();
  const { reload } = useSession();
  const [busy, setBusy] = useState(false);
  const trySample = async () => {
    setBusy(true);
    try {
      await send('sample:open');
      await reload();
    } catch (e) {
      showError(e);
      setBusy(false);
    }
  };
  return (
    <Alert color="teal" variant="light" title="Welcome to Compeer" data-testid="today-first-steps">
      <Stack gap={6}>
        <Text size="sm">Your vault is empty. A few first steps:</Text>
        <Text size="sm">
          1. Map your peer network: add the peers you trade advice, support and opportunities with, or import them from LinkedIn or your
          contacts.
        </Text>
        <Text size="sm">2. Initiate regular contact: give each a check-in cadence, and Today will tell you who is due.</Text>
        <Text size="sm">3. Create value: log what passes between you, and look for ways to give.</Text>
        <Group gap="xs" mt={4}>
          <Button size="xs" onClick={() => nav.go('peers', { action: 'add' })} data-testid="welcome-add-peer">
            Add a peer
          </Button>
          <Button size="xs" variant="default" onClick={() => nav.go('peers', { action: 'import' })} data-testid="welcome-import">
            Import LinkedIn or contacts
          </Button>
          <Button size="xs" variant="default" onClick={() => nav.go('network')}>
            Map your network
          </Button>
          <Button size="xs" variant="default" onClick={() => nav.go('settings', { section: 'cadence' })}>
            Set check-in defaults
          </Button>
          <Button size="xs" variant="light" color="grape" loading={busy} onClick={() => void trySample()} data-testid="welcome-sample">
            Try it with sample data
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
