import { Badge, Blockquote, Button, Card, Center, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { BALANCE_TEXT, DEFAULT_WINDOW_MONTHS, windowSpan, type WindowChoice } from '../../../shared/domain/reciprocity';
import { openLogInteraction } from '../interactions/log-store';
import { BALANCE_COLOR } from '../interactions/labels';
import { LOG_SHORTCUT_TEXT } from '../interactions/shortcut';
import { useNav, type PageProps } from '../shell/nav';
import { BalanceRule } from './BalanceRule';
import { ActivityHeatmap } from './charts/ActivityHeatmap';
import { BalanceBarsChart } from './charts/BalanceBarsChart';
import { shortDay, plural } from './charts/format';
import { KindMixChart } from './charts/KindMixChart';
import { MonthlyChart } from './charts/MonthlyChart';
import { useNetworkReciprocity } from './useReciprocity';
import { WindowPicker } from './WindowPicker';
import { ErrorNote } from '../data/ErrorNote';

const windowText = (choice: WindowChoice, since: string, until: string) =>
  choice === 'all' ? `Since ${shortDay(since)}` : `Over the last ${plural(choice, 'month')} (${shortDay(since)} to ${shortDay(until)})`;

/** What you gave and what you received, over long stretches, in words first: the network's balance, per peer, by month, by kind. */
export function ReciprocityPage({ params }: PageProps) {
  const nav = useNav();
  const [choice, setChoice] = useState<WindowChoice>(
    params.window === 'all'
      ? 'all'
      : [3, 6, 24].includes(Number(params.window))
        ? (Number(params.window) as WindowChoice)
        : DEFAULT_WINDOW_MONTHS,
  );
  const { data, error } = useNetworkReciprocity(choice);

  return (
    <Stack gap="md" data-testid="reciprocity-page">
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          Reciprocity
        </Title>
        <WindowPicker value={choice} onChange={setChoice} />
      </Group>
      <ErrorNote error={error} />
      {!data && !error && (
        <Center h={200}>
          <Loader />
        </Center>
      )}
      {data && (
        <>
          <Card withBorder radius="lg" padding="lg" data-testid="reciprocity-headline">
            <Stack gap={6}>
              {data.interactions === 0 ? (
                <>
                  <Text fw={650} size="lg">
                    Nothing logged {choice === 'all' ? 'yet' : 'in this window'}.
                  </Text>
                  <Text size="sm" c="dimmed" maw={640}>
                    Log what passes between you and your peers: a coffee where you gave feedback, a call where someone made an introduction
                    for you. Over months the balance shows, in words first, without turning friendship into accounting.
                  </Text>
                  <Group>
                    <Button leftSection={<IconMessagePlus size={16} />} onClick={() => openLogInteraction()} data-testid="reciprocity-log">
                      Log an interaction ({LOG_SHORTCUT_TEXT})
                    </Button>
                    {choice !== 'all' && (
                      <Button variant="subtle" onClick={() => setChoice('all')}>
                        Look at everything
                      </Button>
                    )}
                  </Group>
                </>
              ) : (
                <>
                  <Group gap="xs" align="baseline" wrap="wrap">
                    <Text fw={650} size="lg">
                      {windowText(choice, data.since, data.until)}, across {plural(data.peers.length, 'peer')}:
                    </Text>
                    <Badge size="lg" variant="light" color={BALANCE_COLOR[data.word]} tt="none" data-testid="network-word">
                      {BALANCE_TEXT[data.word]}
                    </Badge>
                  </Group>
                  <Text size="sm">
                    You gave {data.totals.given} and received {data.totals.received} (by weight), in{' '}
                    {plural(data.interactions, 'interaction')}.
                  </Text>
                </>
              )}
              <Blockquote color="teal" p="sm" mt={4} fz="sm" cite="The guide, “Mutual Value Exchange”">
                Always look for ways to provide value to your peers. Share opportunities, make introductions, and offer help when needed.
              </Blockquote>
              <BalanceRule choice={choice} />
            </Stack>
          </Card>
          <BalanceBarsChart peers={data.peers} onOpenPeer={nav.openPeer} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <MonthlyChart series={data.monthly} span={windowSpan(data)} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <KindMixChart byKind={data.totals.byKind} />
            </Grid.Col>
          </Grid>
          <ActivityHeatmap activity={data.activity} since={data.since} until={data.until} />
        </>
      )}
    </Stack>
  );
}
