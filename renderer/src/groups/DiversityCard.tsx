import { Anchor, Button, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { GroupView } from '../../../shared/domain/groups/views';
import { raiserText } from '../../../shared/domain/groups/group-diversity';
import { send } from '../data/channel';
import { useNav } from '../shell/nav';
import { showError } from '../data/ErrorNote';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** "Diversity Benefits": the group on the same index as "Map your network", what would raise it and who would. */
export function DiversityCard({ view }: { view: GroupView }) {
  const nav = useNav();
  const d = view.diversity;
  const [busy, setBusy] = useState<string | null>(null);
  const add = async (peerId: string, name: string) => {
    setBusy(peerId);
    try {
      const g = view.group;
      await send('groups:save', {
        id: g.id,
        name: g.name,
        kind: g.kind,
        purpose: g.purpose,
        cadenceDays: g.cadenceDays,
        memberIds: [...g.memberIds, peerId],
      });
      notifications.show({ message: `${name} joined ${g.name}.` });
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card withBorder radius="md" padding="md" data-testid="group-diversity">
      <Group justify="space-between">
        <Text fw={600}>Diversity</Text>
        <Text fw={650} size="lg" data-testid="diversity-score">
          {d.score === null ? '–' : pct(d.score)}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        The measure of Map your network, over the {d.people} of you: how evenly the group spreads across each dimension (Shannon evenness; 0
        when everyone shares one value, 100% when spread evenly), averaged over the dimensions known for at least two people.
      </Text>
      <Stack gap={6}>
        {d.dimensions.map((x) => (
          <div key={x.dimension}>
            <Group justify="space-between">
              <Text size="xs">{x.label}</Text>
              <Text size="xs" c="dimmed">
                {x.known < 2 ? 'too little known' : `${pct(x.evenness)} · ${x.distinct} distinct`}
              </Text>
            </Group>
            <Progress value={x.known < 2 ? 0 : x.evenness * 100} size="sm" aria-label={`${x.label} diversity`} />
          </div>
        ))}
      </Stack>
      {d.hints.length > 0 && (
        <Stack gap={4} mt="sm">
          <Text size="sm" fw={600}>
            What would raise it
          </Text>
          {d.hints.map((h) => (
            <Text key={h} size="sm">
              {h}
            </Text>
          ))}
        </Stack>
      )}
      {d.raisers.length > 0 && (
        <Stack gap={6} mt="sm" data-testid="diversity-raisers">
          <Text size="sm" fw={600}>
            Peers who would raise it
          </Text>
          {d.raisers.map((r) => (
            <Group key={r.peerId} justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Text size="sm">
                  <Anchor component="button" fw={600} size="sm" onClick={() => nav.openPeer(r.peerId)}>
                    {r.name}
                  </Anchor>{' '}
                  <Text span c="teal" size="sm">
                    to {pct(r.score)}
                  </Text>
                </Text>
                <Text size="xs" c="dimmed">
                  {raiserText(r)}
                </Text>
              </div>
              <Button
                size="compact-xs"
                variant="light"
                leftSection={<IconUserPlus size={12} />}
                loading={busy === r.peerId}
                onClick={() => void add(r.peerId, r.name)}
                aria-label={`Add ${r.name} to the group`}
              >
                Add
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      {d.hints.length === 0 && d.raisers.length === 0 && d.score !== null && (
        <Text size="sm" c="dimmed" mt="sm">
          Well spread across everything known about the members.
        </Text>
      )}
    </Card>
  );
}
