import { Anchor, Badge, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconAffiliate, IconArrowLeft, IconCalendarPlus, IconPencil, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { send } from '../data/channel';
import { usePeers } from '../peers/usePeers';
import { useNav } from '../shell/nav';
import { ConfirmDelete } from './ConfirmDelete';
import { DiversityCard } from './DiversityCard';
import { GROUP_KIND_LABEL } from './labels';
import { MeetingList } from './MeetingList';
import { openGroup, openMeeting } from './openers';
import { RotationCard } from './RotationCard';
import { notifyUndo } from './undo';
import { ErrorNote, showError } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';

/** One group's page: members and size, meetings, who leads next, how diverse it is. */
export function GroupDetail({ id }: { id: string }) {
  const nav = useNav();
  const { data: view, error } = useVaultQuery('groups:get', { id });
  const { peers } = usePeers();
  const [confirm, setConfirm] = useState(false);
  const names = useMemo(() => new Map((peers ?? []).map((p) => [p.id, p.name])), [peers]);

  if (error)
    return (
      <Stack>
        <Anchor component="button" onClick={() => nav.go('groups')}>
          All groups
        </Anchor>
        <ErrorNote error={error} />
      </Stack>
    );
  if (!view) return null;
  const g = view.group;
  const remove = async () => {
    setConfirm(false);
    try {
      const { token } = await send('groups:delete', { id });
      nav.go('groups');
      notifyUndo(`Deleted the group ${g.name}.`, token, () => nav.go('groups', { group: id }));
    } catch (e) {
      showError(e);
    }
  };
  const warn = view.size.fit === 'small' || view.size.fit === 'large';

  return (
    <Stack gap="md">
      <Anchor component="button" size="sm" onClick={() => nav.go('groups')} w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={14} /> All groups
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Group gap="sm">
            <Title order={1} size="h2" data-testid="group-name">
              {g.name}
            </Title>
            <Badge variant="light">{GROUP_KIND_LABEL[g.kind]}</Badge>
          </Group>
          {g.purpose && (
            <Text c="dimmed" size="sm" maw={680} mt={4}>
              {g.purpose}
            </Text>
          )}
        </div>
        <Group gap="xs" wrap="nowrap">
          <Button
            variant="default"
            leftSection={<IconAffiliate size={16} />}
            onClick={() => nav.go('network', { group: id })}
            data-testid="group-on-map"
          >
            On the map
          </Button>
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => openGroup(id)} data-testid="edit-group">
            Edit
          </Button>
          <Button
            variant="default"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => setConfirm(true)}
            aria-label="Delete group"
          >
            Delete
          </Button>
          <Button leftSection={<IconCalendarPlus size={16} />} onClick={() => openMeeting(id)} data-testid="log-meeting">
            Log a meeting
          </Button>
        </Group>
      </Group>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <Card withBorder radius="md" padding="md" data-testid="group-members">
              <Text fw={600} mb={6}>
                Members
              </Text>
              {g.memberIds.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No members yet. Edit the group to add the peers in it.
                </Text>
              ) : (
                <Group gap={6}>
                  <Badge variant="outline" color="gray" tt="none">
                    You
                  </Badge>
                  {g.memberIds.map((m) => (
                    <Badge
                      key={m}
                      variant="light"
                      tt="none"
                      component="button"
                      style={{ cursor: 'pointer' }}
                      onClick={() => nav.openPeer(m)}
                    >
                      {names.get(m) ?? 'A peer no longer in your vault'}
                    </Badge>
                  ))}
                </Group>
              )}
              <Text size="sm" mt="sm" c={warn ? undefined : 'dimmed'} data-testid="size-guidance">
                {view.size.text}
              </Text>
              {warn && (
                <Text size="xs" c="dimmed" mt={2}>
                  Why: {view.size.reason}
                </Text>
              )}
            </Card>
            <MeetingList view={view} names={names} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <RotationCard view={view} names={names} />
            <DiversityCard view={view} />
          </Stack>
        </Grid.Col>
      </Grid>
      {confirm && (
        <ConfirmDelete
          what={`the group ${g.name}`}
          detail={`Its ${g.meetings.length} meeting${g.meetings.length === 1 ? '' : 's'} and their notes go with it; interactions logged from them stay in the log. You can undo this until the vault locks.`}
          onConfirm={() => void remove()}
          onCancel={() => setConfirm(false)}
        />
      )}
    </Stack>
  );
}
