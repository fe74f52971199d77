import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { KIND_LABEL, type AdvisedSuggestion } from '../../../shared/domain/advisor';
import { messageOf } from '../api';
import { useVaultQuery } from '../data/queries';

/**
 * The prep sheet's "From the advisor": what it suggests about this peer, with its reasons
 * (topics to raise, what you could offer, who to introduce them to). Read only: acting on a
 * suggestion is for their page, Today or the Advisor screen, not the middle of a prep.
 */
export function AdvisorPrepSection({ peerId }: { peerId: string }) {
  const { data, error } = useVaultQuery('advisor:forPeer', { peerId });
  const items: AdvisedSuggestion[] | null = data?.slice(0, 4) ?? null;
  return (
    <div data-testid="prep-advice">
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={2}>
        From the advisor
      </Text>
      {error ? (
        <Text size="sm" c="red" role="alert">
          The advisor could not run: {messageOf(error)}
        </Text>
      ) : items === null ? null : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing about them. Noting their skills, needs and goals gives the advisor something to go on.
        </Text>
      ) : (
        <Stack gap="xs">
          {items.map((s) => (
            <div key={s.id} data-testid="suggestion" data-kind={s.kind}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Text size="sm" fw={600}>
                  {s.title}
                </Text>
                <Badge variant="light" size="xs" style={{ flexShrink: 0 }} mt={2}>
                  {KIND_LABEL[s.kind]}
                </Badge>
              </Group>
              <List size="sm" spacing={0}>
                {s.because.map((b, i) => (
                  <List.Item key={i}>
                    <Text size="sm" c="dimmed">
                      {b.text}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </div>
          ))}
        </Stack>
      )}
    </div>
  );
}
