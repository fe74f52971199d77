import { useHotkeys } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { openLogInteraction, useLogRequest } from './log-store';
import { LOG_SHORTCUT } from './shortcut';

// loaded on first use: the unlocked app starts without the dialog's code
const LogInteractionDialog = lazy(() => import('./LogInteractionDialog').then((m) => ({ default: m.LogInteractionDialog })));

/** The Log interaction dialog, reachable from anywhere (Ctrl/⌘+Shift+L, the palette, any screen's `openLogInteraction`). */
export function InteractionsGlobal() {
  const open = useLogRequest();
  // works from inside text fields too: no field uses this chord
  useHotkeys([[LOG_SHORTCUT, () => openLogInteraction()]], [], true);
  return open ? (
    <Suspense fallback={null}>
      <LogInteractionDialog key={open.seq} request={open.request} />
    </Suspense>
  ) : null;
}
