import { Button } from '@mantine/core';
import { useState } from 'react';
import { send } from '../data/channel';
import { useSession } from '../session/SessionProvider';
import { Section } from './Section';
import { ErrorNote } from '../data/ErrorNote';

export function SampleDataSection() {
  const { phase, reload } = useSession();
  const sample = phase.kind === 'unlocked' && phase.state.sample;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setBusy(true);
    try {
      await (sample ? send('sample:close') : send('sample:open'));
      await reload();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <Section
      title="Sample data"
      description={
        sample
          ? 'You are looking at invented sample data in a separate vault. Leaving deletes it; your own vault is untouched.'
          : 'Explore Compeer with about forty invented peers in a separate sample vault. Your own vault is locked meanwhile and never mixes with it.'
      }
    >
      <Button
        variant="light"
        color="grape"
        w="fit-content"
        loading={busy}
        onClick={() => void run()}
        data-testid={sample ? 'settings-leave-sample' : 'settings-try-sample'}
      >
        {sample ? 'Leave sample data' : 'Try it with sample data'}
      </Button>
      <ErrorNote error={error} />
    </Section>
  );
}
