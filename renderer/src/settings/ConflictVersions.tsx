import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { momentWords } from '../../../shared/date-words';
import type { ConflictVersion, DevicesView } from '../../../shared/ipc/contract';
import { invoke, send } from '../data/channel';
import { ErrorNote } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';
import { RevealInline } from '../journal/Masked';

type ConflictRow = DevicesView['conflicts'][number];

/** What the window sends to name a conflict: where it is, never its values. */
const keyOf = ({ kind, collection, id, field }: ConflictRow) => ({ kind, collection, id, ...(field ? { field } : {}) });

function valueWords(c: ConflictRow, v: ConflictVersion): string {
  if (c.field === undefined) return v.removed ? 'Deleted' : 'Kept, with its changes';
  if (v.removed) return 'Removed';
  return v.value === '' ? 'Left empty' : (v.value ?? '');
}

/**
 * The versions of one change made on two devices at once, newest first: which device, when and
 * its value (a confidential one masked until revealed, as everywhere), each with the button that
 * keeps it. Main checks the choice against the versions there are.
 */
export function ConflictVersions({ conflict }: { conflict: ConflictRow }) {
  const key = keyOf(conflict);
  const query = useVaultQuery('vault:conflictVersions', { conflict: key });
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  const choose = async (v: ConflictVersion) => {
    setBusy(v.index);
    setError(null);
    try {
      // the list of conflicts is asked again after the change; this one goes from it
      await send('vault:resolveConflict', { conflict: key, choice: v.index });
    } catch (e) {
      setError(e);
      setBusy(null);
    }
  };

  return (
    <Stack gap={6} mt={6} data-testid="conflict-versions">
      <ErrorNote error={query.error ?? error} onRetry={() => void query.refetch()} />
      {query.data?.map((v, i) => (
        <Group key={`${v.device} ${v.at} ${v.index}`} gap="sm" wrap="nowrap" align="flex-start" data-testid="conflict-version">
          <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
            <Text size="xs" c="dimmed">
              {v.deviceName}, {momentWords(v.at)}
              {i === 0 ? ' (shown now)' : ''}
            </Text>
            <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
              <RevealInline
                hidden={v.confidential && v.value === null}
                text={valueWords(conflict, v)}
                label="Confidential"
                reveal={async () => {
                  const all = await invoke('vault:conflictVersions', { conflict: key, reveal: true });
                  const same = all.find((x) => x.index === v.index);
                  return same ? valueWords(conflict, same) : '';
                }}
                testId="masked-version"
              />
            </Text>
          </Stack>
          <Button
            size="compact-sm"
            variant={i === 0 ? 'default' : 'light'}
            loading={busy === v.index}
            disabled={busy !== null && busy !== v.index}
            onClick={() => void choose(v)}
            aria-label={`Keep the version from ${v.deviceName}, ${momentWords(v.at)}`}
            data-testid="choose-version"
          >
            Keep this one
          </Button>
        </Group>
      ))}
    </Stack>
  );
}
