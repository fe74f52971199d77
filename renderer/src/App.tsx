import { Center, Loader, MantineProvider } from '@mantine/core';
import { useColorScheme } from '@mantine/hooks';
import { Notifications } from '@mantine/notifications';
// after the Mantine components it is built on, whose styles come with them
import '@mantine/notifications/styles.css';
import { lazy, Suspense, useEffect } from 'react';
import { SessionProvider, useSession } from './session/SessionProvider';
import { cssVariablesResolver, rememberTheme, rememberedTheme, theme } from './theme';
import { CreateVault } from './vault/CreateVault';
import { RecoveryCodeScreen } from './vault/RecoveryCodeScreen';
import { Unlock } from './vault/Unlock';

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
      return <CreateVault />;
    case 'locked':
      return <Unlock reason={phase.reason} notice={phase.notice ?? null} />;
    case 'show-recovery-code':
      return <RecoveryCodeScreen code={phase.code} first={phase.first} />;
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
      <Notifications />
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
