import { Center, Loader, MantineProvider } from '@mantine/core';
import { useColorScheme } from '@mantine/hooks';
import { Notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { SessionProvider, useSession } from './session/SessionProvider';
import { AppLayout } from './shell/AppLayout';
import { cssVariablesResolver, rememberTheme, rememberedTheme, theme } from './theme';
import { CreateVault } from './vault/CreateVault';
import { RecoveryCodeScreen } from './vault/RecoveryCodeScreen';
import { Unlock } from './vault/Unlock';

function Screens() {
  const { phase } = useSession();
  switch (phase.kind) {
    case 'loading':
      return (
        <Center mih="100vh">
          <Loader />
        </Center>
      );
    case 'none':
      return <CreateVault />;
    case 'locked':
      return <Unlock reason={phase.reason} notice={phase.notice ?? null} />;
    case 'show-recovery-code':
      return <RecoveryCodeScreen code={phase.code} first={phase.first} />;
    case 'unlocked':
      // a new epoch on every unlock: nothing from a previous session survives a lock
      return <AppLayout key={phase.epoch} />;
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
