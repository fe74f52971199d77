import { Anchor, Badge, Button, Checkbox, Group, List, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { dayOf } from '../../../shared/domain/days';
import type { Fit } from '../../../shared/domain/groups/opportunities';
import type { OpportunityView } from '../../../shared/domain/groups/views';
import { send } from '../data/channel';
import { useVaultQuery } from '../data/queries';
import { useNav } from '../shell/nav';
import { OPPORTUNITY_KIND_LABEL, dayLabel, plural } from './labels';
import { ErrorNote } from '../data/ErrorNote';
import { DateField } from '../shell/DateField';

/** "Who would this help?": peers ranked by fit, each with the reason; tick and share, logged as an opportunity given. */
export function ShareDialog({
  opportunityId,
  onClose,
  onShared,
}: {
  opportunityId: string;
  onClose: () => void;
  onShared: (message: string) => void;
}) {
  const nav = useNav();
  const list = useVaultQuery('opportunities:list', undefined);
  const helped = useVaultQuery('opportunities:whoWouldItHelp', { id: opportunityId });
  const opp: OpportunityView | null = list.data?.find((o) => o.id === opportunityId) ?? null;
  const fits: Fit[] | null = list.data && helped.data ? helped.data : null;
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [date, setDate] = useState(dayOf(new Date()));
  const [log, setLog] = useState(true);
  const [actionError, setError] = useState<unknown>(null);
  const loadError = list.error ?? helped.error;
  const error = actionError ?? loadError;
  const [busy, setBusy] = useState(false);

  const toggle = (id: string) =>
    setPicked((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const share = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await send('opportunities:share', { id: opportunityId, peerIds: [...picked], date, log });
      onShared(`Shared with ${plural(picked.size, 'peer')}${r.interactionIds.length ? ', and logged as an opportunity given' : ''}.`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title="Who would this help?" size="lg" centered>
      {!fits && !error && <Text c="dimmed">Looking through your peers…</Text>}
      {opp && (
        <Text size="sm" mb="sm">
          <b>{opp.title}</b>
          <Text span c="dimmed" size="sm">
            {' '}
            · {OPPORTUNITY_KIND_LABEL[opp.kind]}
            {opp.deadline ? ` · deadline ${dayLabel(opp.deadline)}` : ''}
          </Text>
        </Text>
      )}
      {fits && fits.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="share-nobody">
          None of your peers’ needs, goals, skills, interests or career stages match its title, skills or tags. Add skills or tags to the
          opportunity, or fill in what your peers need on their pages.
        </Text>
      )}
      {fits && fits.length > 0 && (
        <>
          <Text size="xs" c="dimmed" mb="xs">
            Ranked by fit: a need or a goal it meets counts most, then their skills, interests and career stage.
          </Text>
          <ScrollArea.Autosize mah={420} type="auto">
            <Stack gap="xs" data-testid="share-fits">
              {fits.map((f) => (
                <Group key={f.peerId} align="flex-start" wrap="nowrap" gap="sm" data-testid="share-fit">
                  <Checkbox mt={2} checked={picked.has(f.peerId)} onChange={() => toggle(f.peerId)} aria-label={`Share with ${f.name}`} />
                  <div style={{ minWidth: 0 }}>
                    <Group gap={6}>
                      <Anchor component="button" fw={600} size="sm" onClick={() => nav.openPeer(f.peerId)}>
                        {f.name}
                      </Anchor>
                      {f.sharedOn && (
                        <Badge size="xs" variant="light" color="blue">
                          Shared {dayLabel(f.sharedOn)}
                        </Badge>
                      )}
                      {f.dormant && (
                        <Badge size="xs" variant="light" color="gray">
                          Gone quiet: a good reason to get in touch
                        </Badge>
                      )}
                    </Group>
                    <List size="xs" c="dimmed" spacing={0}>
                      {f.reasons.map((r) => (
                        <List.Item key={r.text}>{r.text}</List.Item>
                      ))}
                    </List>
                  </div>
                </Group>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </>
      )}
      <ErrorNote error={error} mt="sm" />
      {fits && fits.length > 0 && (
        <Stack gap="xs" mt="md">
          <Group gap="sm" align="flex-end">
            <DateField label="Shared on" size="sm" value={date} onChange={setDate} w={170} />
            <Checkbox
              label="Log it in the interaction log (an opportunity given)"
              checked={log}
              onChange={(e) => setLog(e.currentTarget.checked)}
              mb={8}
              data-testid="share-log"
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            <Button onClick={() => void share()} disabled={picked.size === 0} loading={busy} data-testid="share-confirm">
              {picked.size ? `Share with ${plural(picked.size, 'peer')}` : 'Tick the peers to share with'}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
