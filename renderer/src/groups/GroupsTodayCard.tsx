import { Anchor, Button, Card, Checkbox, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { daysBetween } from '../../../shared/domain/days';
import { SET_BOUNDARIES, weekInWords } from '../../../shared/domain/groups/boundaries';
import { goalReason } from '../../../shared/domain/groups/goals';
import { send } from '../data/channel';
import { useNav } from '../shell/nav';
import { ActionItemText } from './confidential-text';
import { dayLabel, relativeDays } from './labels';
import { openCheckIn } from './openers';
import { useVaultQuery } from '../data/queries';
import { showError } from '../data/ErrorNote';

const SHOWN = 6;

/**
 * Today: my open action items, goals due a check-in and partners I have not updated, and
 * this week's time with peers against the budget, said without reproach. Nothing at all
 * when there is nothing to say.
 */
export function GroupsTodayCard() {
  const nav = useNav();
  const { data: t } = useVaultQuery('groups:today', undefined);
  if (!t || (t.actionItems.length === 0 && t.goals.length === 0 && t.week === null)) return null;
  const tick = async (groupId: string, meetingId: string, itemId: string) => {
    try {
      await send('groups:setActionItem', { groupId, meetingId, itemId, done: true });
      notifications.show({ message: 'Done. Nice.' });
    } catch (e) {
      showError(e);
    }
  };
  const w = t.week;
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="today-groups">
      <Title order={2} size="h4" mb="sm">
        Groups and goals
      </Title>
      <Stack gap="md">
        {t.actionItems.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              What you promised your groups
            </Text>
            {t.actionItems.slice(0, SHOWN).map((a) => {
              const days = a.item.due ? daysBetween(t.today, a.item.due) : null;
              return (
                <Group key={a.item.id} gap="xs" wrap="nowrap" align="flex-start">
                  <Checkbox
                    mt={2}
                    size="sm"
                    checked={false}
                    onChange={() => void tick(a.groupId, a.meetingId, a.item.id)}
                    aria-label={`Done: ${a.hidden ? `a confidential action item from ${a.groupName}` : a.item.text}`}
                    data-testid="today-action-item"
                  />
                  <Text size="sm">
                    <ActionItemText r={a} />{' '}
                    <Text span size="xs" c={days !== null && days < 0 ? 'orange' : 'dimmed'}>
                      ({a.groupName}
                      {a.hidden ? `, ${dayLabel(a.meetingDate)}` : ''}
                      {days !== null ? `; due ${relativeDays(days)}` : ''})
                    </Text>
                  </Text>
                </Group>
              );
            })}
            {t.actionItems.length > SHOWN && (
              <Anchor component="button" size="sm" onClick={() => nav.go('groups')} w="fit-content">
                {t.actionItems.length - SHOWN} more in your groups
              </Anchor>
            )}
          </Stack>
        )}
        {t.goals.length > 0 && (
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              Goals to check in on
            </Text>
            {t.goals.slice(0, SHOWN).map((g) => (
              <Group key={g.goalId} justify="space-between" wrap="nowrap" gap="sm" data-testid="today-goal">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm">
                    {g.ownerName ? `${g.ownerName}’s goal: ` : ''}
                    <b>{g.title}</b>
                  </Text>
                  <Text size="xs" c="dimmed">
                    {goalReason(g, (d) => dayLabel(d))}
                  </Text>
                </div>
                <Button size="compact-sm" variant="light" onClick={() => openCheckIn(g.goalId, g.partners[0]?.peerId ?? null)}>
                  Check in
                </Button>
              </Group>
            ))}
          </Stack>
        )}
        {w && w.budget !== null && (
          <Stack gap={4} data-testid="today-groups-week">
            <Text size="sm" fw={600}>
              Your time for peers this week
            </Text>
            <Progress
              value={Math.min(100, (w.minutes / w.budget) * 100)}
              color={w.over ? 'gray' : 'teal'}
              size="md"
              aria-label="This week's time against your budget"
            />
            <Text size="sm">{weekInWords(w)}</Text>
            <Text size="xs" c="dimmed">
              {SET_BOUNDARIES}
            </Text>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
