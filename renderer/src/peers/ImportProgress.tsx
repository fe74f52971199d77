import { Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ImportProgress as Progressed } from '../../../shared/import-preview';
import { onVaultEvent } from '../data/channel';

const n = (x: number) => x.toLocaleString('en');

function words(p: Progressed, unit: string): string {
  if (p.phase === 'saving') return `Saving: ${n(p.done)} of ${n(p.total ?? p.done)} changes…`;
  if (p.total === null) return `Reading the file: ${n(p.done)} ${unit} so far…`;
  return `Checking: ${n(p.done)} of ${n(p.total)} ${unit}…`;
}

/**
 * How far a long import has come, as main reports it (import:progress), for as long as it is
 * shown (render it while the import runs); nothing at all for an import too quick to report.
 */
export function ImportProgress({ unit }: { unit: string }) {
  const [progress, setProgress] = useState<Progressed | null>(null);
  useEffect(() => onVaultEvent('import:progress', setProgress), []);
  if (!progress) return null;
  const value = progress.total ? (100 * progress.done) / progress.total : null;
  return (
    <Stack gap={4} data-testid="import-progress">
      <Text size="sm" aria-live="polite">
        {words(progress, unit)}
      </Text>
      {/* an unknown total shows a moving bar, not a made-up share */}
      <Progress value={value ?? 100} animated={value === null} striped={value === null} aria-label="Import progress" />
    </Stack>
  );
}
