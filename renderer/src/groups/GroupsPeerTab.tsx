import { Anchor, Badge, Button, Card, Checkbox, Group, Progress, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { send } from '../data/channel';
import type { PeerPartProps } from '../peers/peer-part';
import { useNav } from '../shell/nav';
import { ActionItemText, GoalWhyText } from './confidential-text';
import { GROUP_KIND_SHORT, dayLabel } from './labels';
import { openCheckIn, openGoal, openGroup } from './openers';
import { ErrorNote, showError } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap={6}>
      <Text fw={600} size="sm">
        {title}
      </Text>
      {children}
    </Stack>
  );
}

/** A tab on the peer's page: their groups, the goals they shared with me, their action items, what I passed on to them. */
export function GroupsPeerTab({ peer }: PeerPartProps) {
  const nav = useNav();
  const { data: c, error } = useVaultQuery('groups:forPeer', { peerId: peer.id });
  if (error) return <ErrorNote error={error} />;
  if (!c) return null;
  const first = peer.name.split(' ')[0] ?? peer.name;
  const tick = async (groupId: string, meetingId: string, itemId: string, done: boolean) => {
    try {
      await send('groups:setActionItem', { groupId, meetingId, itemId, done });
    } catch (e) {
      showError(e);
    }
  };
  const empty = c.groups.length + c.theirGoals.length + c.partnerOn.length + c.actionItems.length + c.shared.length === 0;

  return (
    <Stack gap="md" data-testid="peer-groups-tab">
      {empty && (
        <Text size="sm" c="dimmed">
          {first} is in none of your groups and has shared no goal with you yet. When they tell you about a goal, record it so you can hold
          them accountable; or invite them into a peer group.
        </Text>
      )}
      {c.groups.length > 0 && (
        <Section title="Groups">
          <Group gap={6}>
            {c.groups.map((g) => (
              <Badge
                key={g.id}
                variant="light"
                tt="none"
                component="button"
                style={{ cursor: 'pointer' }}
                onClick={() => nav.go('groups', { group: g.id })}
              >
                {g.name} · {GROUP_KIND_SHORT[g.kind]}
              </Badge>
            ))}
          </Group>
        </Section>
      )}
      {c.theirGoals.length > 0 && (
        <Section title={`${first}’s goals`}>
          {c.theirGoals.map((g) => (
            <Card key={g.id} withBorder padding="xs" radius="md">
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" fw={500} c={g.status === 'open' ? undefined : 'dimmed'}>
                  {g.title}
                  {g.status !== 'open' && ` (${g.status})`}
                </Text>
                {g.checkIn?.due && (
                  <Badge size="xs" color="orange" variant="light">
                    Ask how it is going
                  </Badge>
                )}
              </Group>
              {(g.why || g.hidden) && (
                <Text size="xs" c="dimmed">
                  <GoalWhyText goalId={g.id} why={g.why} hidden={g.hidden} />
                </Text>
              )}
              <Group gap="xs" mt={4} wrap="nowrap">
                <Progress value={g.progress ?? 0} size="sm" style={{ flex: 1 }} aria-label="Progress" />
                <Text size="xs" w={36} ta="right">
                  {g.progress === null ? '–' : `${g.progress}%`}
                </Text>
                {g.status === 'open' && (
                  <Button size="compact-xs" variant="light" onClick={() => openCheckIn(g.id, peer.id)}>
                    Check in
                  </Button>
                )}
              </Group>
            </Card>
          ))}
        </Section>
      )}
      {c.partnerOn.length > 0 && (
        <Section title="My goals they keep me to">
          {c.partnerOn.map((g) => (
            <Group key={g.id} justify="space-between" wrap="nowrap">
              <Text size="sm">
                {g.title}
                <Text span size="xs" c="dimmed">
                  {' '}
                  · {g.progress === null ? 'no check-in yet' : `${g.progress}%`} ·{' '}
                  {g.lastUpdate ? `last told ${dayLabel(g.lastUpdate)}` : `not told yet`}
                </Text>
              </Text>
              <Button size="compact-xs" variant="light" onClick={() => openCheckIn(g.id, peer.id)}>
                Update {first}
              </Button>
            </Group>
          ))}
        </Section>
      )}
      {c.actionItems.length > 0 && (
        <Section title={`${first}’s open action items`}>
          {c.actionItems.map((a) => (
            <Group key={a.item.id} gap="xs" wrap="nowrap" align="flex-start">
              <Checkbox
                mt={3}
                size="xs"
                checked={a.item.done}
                onChange={(e) => void tick(a.groupId, a.meetingId, a.item.id, e.currentTarget.checked)}
                aria-label={`Done: ${a.hidden ? `a confidential action item from ${a.groupName}` : a.item.text}`}
                data-testid="peer-action-item"
              />
              <Text size="sm">
                <ActionItemText r={a} />{' '}
                <Text span size="xs" c="dimmed">
                  ({a.groupName}, {dayLabel(a.meetingDate)}
                  {a.item.due ? `; due ${dayLabel(a.item.due)}` : ''})
                </Text>
              </Text>
            </Group>
          ))}
        </Section>
      )}
      {c.shared.length > 0 && (
        <Section title="Opportunities I passed on">
          {c.shared.map((s) => (
            <Text key={`${s.id}-${s.date}`} size="sm">
              <Anchor component="button" size="sm" onClick={() => nav.go('groups', { tab: 'opportunities' })}>
                {s.title}
              </Anchor>{' '}
              <Text span size="xs" c="dimmed">
                {dayLabel(s.date)}
              </Text>
            </Text>
          ))}
        </Section>
      )}
      <Group gap="xs">
        <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => openGoal(null, peer.id)}>
          Record a goal {first} shared
        </Button>
        <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => openGroup(null, [peer.id])}>
          New group with {first}
        </Button>
      </Group>
    </Stack>
  );
}
