import { Button, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { AdvisedSuggestion } from '../../../shared/domain/advisor';
import { messageOf } from '../api';
import { useVaultQuery } from '../data/queries';
import { useNav } from '../shell/nav';
import { TodayCard } from '../today/TodayCard';
import { SuggestionCard } from './SuggestionCard';

/** Today: the few most useful suggestions across kinds, at most one per peer. */
export function AdvisorTodayCard() {
  const nav = useNav();
  const today = useVaultQuery('advisor:today', undefined);
  const peers = useVaultQuery('peers:list', undefined);
  const names = useMemo(() => new Map((peers.data ?? []).map((p) => [p.id, p.name])), [peers.data]);
  // shown, never swallowed: an empty card would hide a fault as "nothing to suggest"
  const error = today.error ?? peers.error;
  const items: AdvisedSuggestion[] | null = error ? [] : today.data && peers.data ? today.data : null;
  if (!items) return null;
  return (
    <TodayCard
      title="Advisor"
      testId="today-advisor"
      items={items}
      render={(s) => (
        <SuggestionCard
          key={s.id}
          s={s}
          compact
          flat
          nameOf={(id) => names.get(id)}
          onOpenPeer={nav.openPeer}
          onChanged={() => undefined}
        />
      )}
      empty={
        error ? (
          <Text component="span" size="sm" c="red" role="alert" data-testid="today-advisor-error">
            The advisor could not run: {messageOf(error)}
          </Text>
        ) : (
          'No suggestions about a peer today. Add skills, needs and interests to your peers and the advisor finds who could help whom.'
        )
      }
      extra={
        <Button size="compact-sm" variant="subtle" onClick={() => nav.go('advisor')}>
          All suggestions
        </Button>
      }
    />
  );
}
