import { Center, Loader, MantineProvider } from '@mantine/core';
import { useColorScheme } from '@mantine/hooks';
import { lazy, Suspense, useEffect } from 'react';
import { SessionProvider, useSession } from './session/SessionProvider';
import { cssVariablesResolver, rememberTheme, rememberedTheme, theme } from './theme';
import { Unlock } from './vault/Unlock';

// The first paint needs the unlock screen alone: creating a vault, the recovery code and the
// notifications' host (with its transitions) come in chunks of their own. A notification
// shown before its host is mounted waits in the store and appears once it is.
const CreateVault = lazy(() => import('./vault/CreateVault').then((m) => ({ default: m.CreateVault })));
const RecoveryCodeScreen = lazy(() => import('./vault/RecoveryCodeScreen').then((m) => ({ default: m.RecoveryCodeScreen })));
const NotificationsHost = lazy(() => import('./NotificationsHost').then((m) => ({ default: m.NotificationsHost })));

// The unlocked app is a chunk of its own: the window's first script holds only the vault
// screens. It is fetched while the unlock screen waits, so unlocking does not wait for it.
const loadUnlocked = () => import('./shell/UnlockedApp');
const UnlockedApp = lazy(() => loadUnlocked().then((m) => ({ default: m.UnlockedApp })));

const loading = (
  <Center mih="100vh">
    <Loader />
  </Center>
);

function Screens() {
  const { phase } = useSession();
  const waiting = phase.kind === 'locked' || phase.kind === 'none';
  useEffect(() => {
    if (!waiting) return;
    const idle = requestIdleCallback(() => void loadUnlocked());
    return () => cancelIdleCallback(idle);
  }, [waiting]);
  switch (phase.kind) {
    case 'loading':
      return loading;
    case 'none':
      return (
        <Suspense fallback={loading}>
          <CreateVault />
        </Suspense>
      );
    // 'starting': the first answer is on its way; most often it says "locked", so the unlock
    // screen is drawn now, in the same place, and stays (focus, what was typed) when it does
    case 'starting':
      return <Unlock reason={null} notice={null} />;
    case 'locked':
      return <Unlock reason={phase.reason} notice={phase.notice ?? null} />;
    case 'show-recovery-code':
      return (
        <Suspense fallback={loading}>
          <RecoveryCodeScreen code={phase.code} first={phase.first} />
        </Suspense>
      );
    case 'unlocked':
      // a new epoch on every unlock: nothing from a previous session survives a lock
      return (
        <Suspense fallback={loading}>
          <UnlockedApp key={phase.epoch} />
        </Suspense>
      );
  }
}

function Themed() {
  const { phase } = useSession();
  const system = useColorScheme('light');
  const inVault = phase.kind === 'unlocked' ? phase.settings.theme : null;
  // The choice lives in the vault; a copy is kept outside it (it is not confidential) so the
  // lock and unlock screens wear it too.
  useEffect(() => {
    if (inVault) rememberTheme(inVault);
  }, [inVault]);
  const chosen = inVault ?? rememberedTheme();
  const scheme = chosen === 'auto' ? system : chosen;
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme={scheme}>
      <Suspense fallback={null}>
        <NotificationsHost />
      </Suspense>
      <Screens />
    </MantineProvider>
  );
}

export function App() {
  return (
    <SessionProvider>
      <Themed />
    </SessionProvider>
  );
}
