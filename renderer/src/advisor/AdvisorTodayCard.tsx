import { Button, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AdvisedSuggestion } from '../../../shared/domain/advisor';
import { call, compeer, messageOf } from '../api';
import { useLogVersion } from '../interactions/log-store';
import { useNav } from '../shell/nav';
import { TodayCard } from '../today/TodayCard';
import { SuggestionCard } from './SuggestionCard';

/** Today: the few most useful suggestions across kinds, at most one per peer. */
export function AdvisorTodayCard() {
  const nav = useNav();
  const log = useLogVersion();
  const [items, setItems] = useState<AdvisedSuggestion[] | null>(null);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    Promise.all([call(compeer().advisor.today()), call(compeer().peers.list())]).then(
      ([s, peers]) => {
        if (!live) return;
        setItems(s);
        setNames(new Map(peers.map((p) => [p.id, p.name])));
        setError(null);
      },
      // shown, never swallowed: an empty card would hide a fault as "nothing to suggest"
      (e: unknown) => {
        if (!live) return;
        setItems([]);
        setError(messageOf(e));
      },
    );
    return () => {
      live = false;
    };
  }, [tick, log]);
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
          onChanged={() => setTick((t) => t + 1)}
        />
      )}
      empty={
        error ? (
          <Text component="span" size="sm" c="red" role="alert" data-testid="today-advisor-error">
            The advisor could not run: {error}
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
