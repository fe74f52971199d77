import { Badge, Button, Card, EmptyState, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch, IconUsersGroup } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { daysBetween, dayOf } from '../../../shared/domain/days';
import { normalise } from '../../../shared/domain/words';
import { ME, type GroupKind } from '../../../shared/schema/vocabulary';
import { options } from '../peers/labels';
import { usePeers } from '../peers/usePeers';
import { useNav } from '../shell/nav';
import { GROUP_KIND_LABEL, GROUP_KIND_SHORT, dayLabel, plural, relativeDays } from './labels';
import { openGroup } from './openers';
import { ErrorNote } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';

/** The groups tab: every group as a card, with search and a kind filter. */
export function GroupList() {
  const nav = useNav();
  const { data: groups, error } = useVaultQuery('groups:list', undefined);
  const { peers } = usePeers();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<GroupKind | null>(null);
  const nameOf = useMemo(() => new Map((peers ?? []).map((p) => [p.id, p.name])), [peers]);
  const who = (id: string | null) => (id === null ? null : id === ME ? 'you' : (nameOf.get(id) ?? 'someone who left'));
  const today = dayOf(new Date());

  const shown = useMemo(() => {
    const q = normalise(query);
    return (groups ?? []).filter(
      (g) =>
        (kind === null || g.kind === kind) &&
        (!q || normalise(`${g.name} ${g.purpose} ${g.memberIds.map((m) => nameOf.get(m) ?? '').join(' ')}`).includes(q)),
    );
  }, [groups, kind, query, nameOf]);

  if (error) return <ErrorNote error={error} />;
  if (!groups) return null;
  if (groups.length === 0) {
    return (
      <EmptyState
        icon={<IconUsersGroup size={28} />}
        variant="light"
        title="No peer groups yet"
        description="A small group of peers who meet regularly, with a facilitator role that rotates, is where deep peer relationships grow: five to eight people works best. Start one with peers you already trade advice with."
        data-testid="groups-empty"
      >
        <EmptyState.Actions>
          <Button leftSection={<IconPlus size={16} />} onClick={() => openGroup()} data-testid="new-group">
            Create a group
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Group gap="xs">
          <TextInput
            leftSection={<IconSearch size={16} />}
            placeholder="Search groups, purposes, members"
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            w={300}
            size="sm"
            aria-label="Search groups"
          />
          <Select
            placeholder="Any kind"
            data={options(GROUP_KIND_LABEL)}
            value={kind}
            onChange={(v) => setKind(v)}
            clearable
            w={240}
            size="sm"
            aria-label="Kind of group"
          />
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => openGroup()} data-testid="new-group">
          New group
        </Button>
      </Group>
      {shown.length === 0 && (
        <Text c="dimmed" size="sm">
          No group matches. Clear the search or the kind to see all {groups.length}.
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {shown.map((g) => {
          const late = g.nextDate !== null ? daysBetween(today, g.nextDate) : null;
          return (
            <Card
              key={g.id}
              withBorder
              radius="md"
              padding="md"
              component="button"
              type="button"
              onClick={() => nav.go('groups', { group: g.id })}
              style={{ textAlign: 'left', cursor: 'pointer' }}
              data-testid="group-card"
            >
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Text fw={650} size="md">
                  {g.name}
                </Text>
                <Badge variant="light" color="teal" style={{ flexShrink: 0 }}>
                  {GROUP_KIND_SHORT[g.kind]}
                </Badge>
              </Group>
              {g.purpose && (
                <Text size="sm" c="dimmed" lineClamp={2} mt={4}>
                  {g.purpose}
                </Text>
              )}
              <Text size="sm" mt="xs">
                {plural(g.size.people, 'person', 'people')}, you included
                {g.cadenceDays ? ` · meets every ${plural(g.cadenceDays, 'day')}` : ''}
              </Text>
              <Text size="sm" c="dimmed">
                {g.lastMeeting ? `Last met ${dayLabel(g.lastMeeting)}` : 'No meeting recorded yet'}
                {g.nextDate && late !== null && ` · next ${late < 0 ? `was due ${relativeDays(late)}` : relativeDays(late)}`}
                {g.nextFacilitatorId && ` · ${who(g.nextFacilitatorId) === 'you' ? 'you lead' : `${who(g.nextFacilitatorId)} leads`}`}
              </Text>
              <Group gap={6} mt="xs">
                {(g.size.fit === 'small' || g.size.fit === 'large') && (
                  <Badge variant="light" color="yellow">
                    {g.size.fit === 'small' ? 'Small for a deep group' : 'Large for a deep group'}
                  </Badge>
                )}
                {g.openItems > 0 && (
                  <Badge variant="light" color="gray">
                    {plural(g.openItems, 'open action item')}
                  </Badge>
                )}
              </Group>
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
