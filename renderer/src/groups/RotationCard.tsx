import { ActionIcon, Alert, Button, Card, Checkbox, Group, Popover, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconRefresh, IconUserOff } from '@tabler/icons-react';
import { useState } from 'react';
import { moveInRotation, type Absence } from '../../../shared/domain/groups/rotation';
import type { GroupView } from '../../../shared/domain/groups/views';
import { ME } from '../../../shared/schema/vocabulary';
import { send } from '../data/channel';
import { dayLabel } from './labels';
import { showError } from '../data/ErrorNote';

/** "Leadership Rotation": who leads the next meetings, who is away, and the line, reorderable by hand. */
export function RotationCard({ view, names }: { view: GroupView; names: ReadonlyMap<string, string> }) {
  const { rotation } = view;
  const id = view.group.id;
  const [includeMe, setIncludeMe] = useState(rotation.order.length === 0 || rotation.order.includes(ME));
  const [busy, setBusy] = useState(false);
  const who = (p: string) => (p === ME ? 'You' : (names.get(p) ?? 'A former peer'));

  const run = async (f: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await f();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  const generate = () => run(() => send('groups:generateRotation', { id, includeMe }));
  const save = (facilitatorOrder: string[], absences: Absence[]) =>
    run(() => send('groups:setRotation', { id, facilitatorOrder, absences }));
  const move = (p: string, delta: number) => void save(moveInRotation(rotation.order, p, delta), rotation.absences);
  const toggleAway = (meetingNumber: number, personId: string, away: boolean) =>
    void save(
      rotation.order,
      away
        ? [...rotation.absences, { meetingNumber, personId }]
        : rotation.absences.filter((a) => !(a.meetingNumber === meetingNumber && a.personId === personId)),
    );

  const meCheckbox = (
    <Checkbox
      size="sm"
      label="I take turns leading too"
      checked={includeMe}
      onChange={(e) => setIncludeMe(e.currentTarget.checked)}
      data-testid="rotation-include-me"
    />
  );

  if (rotation.order.length === 0) {
    return (
      <Card withBorder radius="md" padding="md" data-testid="rotation">
        <Text fw={600}>Who leads next</Text>
        <Text size="sm" c="dimmed" mt={4}>
          No rotation yet. In formal groups, rotating who leads keeps everyone engaged. Compeer makes a fair line from the members: whoever
          has not led, or led longest ago, goes first.
        </Text>
        <Stack gap="xs" mt="sm">
          {meCheckbox}
          <Button
            onClick={() => void generate()}
            loading={busy}
            disabled={view.group.memberIds.length === 0}
            data-testid="generate-rotation"
            w="fit-content"
          >
            Make a fair rotation
          </Button>
          {view.group.memberIds.length === 0 && (
            <Text size="xs" c="dimmed">
              Add members first.
            </Text>
          )}
        </Stack>
      </Card>
    );
  }

  return (
    <Card withBorder radius="md" padding="md" data-testid="rotation">
      <Text fw={600}>Who leads next</Text>
      <Stack gap={6} mt="xs">
        {rotation.slots.map((s) => (
          <Group key={s.meetingNumber} justify="space-between" wrap="nowrap" gap="xs" align="flex-start" data-testid="rotation-slot">
            <div style={{ minWidth: 0 }}>
              <Text size="xs" c="dimmed">
                Meeting {s.meetingNumber}
                {s.date ? ` · ${dayLabel(s.date)}` : ''}
              </Text>
              <Text size="sm" fw={600}>
                {s.facilitatorId ? who(s.facilitatorId) : 'Nobody: everyone is away'}
              </Text>
              {s.absent.length > 0 && (
                <Text size="xs" c="dimmed">
                  Away: {s.absent.map((p) => (s.skipped.includes(p) ? `${who(p)} (leads the next one)` : who(p))).join(', ')}
                </Text>
              )}
            </div>
            <Popover position="bottom-end" withArrow shadow="md" trapFocus>
              <Popover.Target>
                <Button
                  variant="subtle"
                  size="compact-xs"
                  color="gray"
                  leftSection={<IconUserOff size={14} />}
                  aria-label={`Who is away for meeting ${s.meetingNumber}`}
                  data-testid="rotation-away"
                >
                  Away
                </Button>
              </Popover.Target>
              <Popover.Dropdown>
                <Text size="xs" fw={600} mb={6}>
                  Who will miss meeting {s.meetingNumber}?
                </Text>
                <Stack gap={4}>
                  {rotation.order.map((p) => (
                    <Checkbox
                      key={p}
                      size="xs"
                      label={who(p)}
                      checked={s.absent.includes(p)}
                      onChange={(e) => toggleAway(s.meetingNumber, p, e.currentTarget.checked)}
                      disabled={busy}
                    />
                  ))}
                </Stack>
              </Popover.Dropdown>
            </Popover>
          </Group>
        ))}
      </Stack>
      <Text size="xs" c="dimmed" mt="sm">
        The first in line leads, then goes to the back. Someone away is skipped and leads the next meeting they attend, so everyone leads as
        often as anyone.
      </Text>
      <Text fw={600} size="sm" mt="md">
        The line
      </Text>
      <Stack gap={2} mt={4} data-testid="rotation-line">
        {rotation.order.map((p, i) => (
          <Group key={p} gap={4} wrap="nowrap">
            <Text size="sm" w={20} c="dimmed" ta="right">
              {i + 1}.
            </Text>
            <Text size="sm" style={{ flex: 1 }}>
              {who(p)}
            </Text>
            <ActionIcon variant="subtle" size="sm" onClick={() => move(p, -1)} disabled={i === 0 || busy} aria-label={`Move ${who(p)} up`}>
              <IconArrowUp size={14} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              size="sm"
              onClick={() => move(p, 1)}
              disabled={i === rotation.order.length - 1 || busy}
              aria-label={`Move ${who(p)} down`}
            >
              <IconArrowDown size={14} />
            </ActionIcon>
          </Group>
        ))}
      </Stack>
      {rotation.notInLine.length > 0 && (
        <Alert variant="light" color="yellow" mt="sm" p="xs">
          <Text size="xs">{rotation.notInLine.map(who).join(', ')} not in the line yet: make the rotation again to include them.</Text>
        </Alert>
      )}
      <Group mt="sm" gap="sm">
        {meCheckbox}
        <Button
          variant="default"
          size="xs"
          leftSection={<IconRefresh size={14} />}
          onClick={() => void generate()}
          loading={busy}
          data-testid="generate-rotation"
        >
          Make it again
        </Button>
      </Group>
    </Card>
  );
}
