import { Badge, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { PageProps } from '../shell/nav';
import { GoalsTab } from './GoalsTab';
import { GroupDetail } from './GroupDetail';
import { GroupList } from './GroupList';
import { OpportunitiesTab } from './OpportunitiesTab';
import { useVaultQuery } from '../data/queries';

type Tab = 'groups' | 'goals' | 'opportunities';
const TABS: readonly Tab[] = ['groups', 'goals', 'opportunities'];

/**
 * Groups, goals and opportunities ("Peer Group Dynamics", "Goal Accountability", "Share
 * Opportunities"): one page, three tabs; a group opens on its own page (`{ group: id }`).
 */
export function GroupsPage({ params }: PageProps) {
  const [tab, setTab] = useState<Tab>(TABS.includes(params.tab as Tab) ? (params.tab as Tab) : 'groups');
  const groups = useVaultQuery('groups:list', undefined).data;
  const goals = useVaultQuery('goals:list', undefined).data;
  const opps = useVaultQuery('opportunities:list', undefined).data;
  const counts =
    groups && goals && opps
      ? {
          groups: groups.length,
          goals: goals.filter((x) => x.status === 'open').length,
          due: goals.filter((x) => x.checkIn?.due).length,
          opportunities: opps.filter((o) => o.state === 'open' || o.state === 'shared').length,
        }
      : null;

  if (params.group) return <GroupDetail id={params.group} />;

  const count = (n: number | undefined, color = 'gray') =>
    n ? (
      <Badge size="sm" variant="light" color={color} circle={n < 10}>
        {n}
      </Badge>
    ) : null;

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          Groups, goals and opportunities
        </Title>
        <Text c="dimmed" size="sm">
          Peer groups with a rotating facilitator, goals your peers hold you to, and opportunities to pass on.
        </Text>
      </div>
      <Tabs value={tab} onChange={(t) => setTab((t as Tab | null) ?? 'groups')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="groups" rightSection={count(counts?.groups)} data-testid="tab-groups">
            Groups
          </Tabs.Tab>
          <Tabs.Tab value="goals" rightSection={count(counts?.due, 'orange') ?? count(counts?.goals)} data-testid="tab-goals">
            Goals
          </Tabs.Tab>
          <Tabs.Tab value="opportunities" rightSection={count(counts?.opportunities)} data-testid="tab-opportunities">
            Opportunities
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="groups" pt="md">
          <GroupList />
        </Tabs.Panel>
        <Tabs.Panel value="goals" pt="md">
          <GoalsTab />
        </Tabs.Panel>
        <Tabs.Panel value="opportunities" pt="md">
          <OpportunitiesTab initialId={params.opportunity ?? null} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
