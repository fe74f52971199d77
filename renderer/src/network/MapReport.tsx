import { Alert, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import type { NetworkMapReport } from '../../../shared/domain/diversity';
import { PEER_TYPES } from '../../../shared/schema/vocabulary';
import { PEER_TYPE_COLOR, PEER_TYPE_LABEL } from '../peers/labels';

/** Action step 1, "Map your peer network": what kinds of peers you have, how varied, and the gaps. */
export function MapReport({ report }: { report: NetworkMapReport }) {
  const max = Math.max(1, ...PEER_TYPES.map((t) => report.byType[t]));
  return (
    <Stack gap="sm" data-testid="map-report">
      <Title order={2} size="h4">
        Map your network
      </Title>
      <Card withBorder radius="md" padding="sm">
        <Text size="sm" fw={600} mb={6}>
          Peers of each kind ({report.active} active)
        </Text>
        <Stack gap={4}>
          {PEER_TYPES.map((t) => (
            <Group key={t} gap={6} wrap="nowrap">
              <Text size="xs" w={110}>
                {PEER_TYPE_LABEL[t]}
              </Text>
              <Progress
                value={(report.byType[t] / max) * 100}
                color={PEER_TYPE_COLOR[t]}
                style={{ flex: 1 }}
                size="sm"
                aria-label={`${PEER_TYPE_LABEL[t]} peers`}
              />
              <Text size="xs" w={28} ta="right">
                {report.byType[t]}
              </Text>
            </Group>
          ))}
        </Stack>
      </Card>
      <Card withBorder radius="md" padding="sm">
        <Text size="sm" fw={600}>
          Diversity
        </Text>
        <Text size="xs" c="dimmed" mb={6}>
          How varied: 0 when everyone shares one value, 100% when peers spread evenly over the values you have. Unknown values are left out.
        </Text>
        <Stack gap={6}>
          {report.dimensions.map((d) => (
            <div key={d.dimension}>
              <Group justify="space-between">
                <Text size="xs">{d.label}</Text>
                <Text size="xs" c="dimmed">
                  {d.known === 0 ? 'not filled in' : `${Math.round(d.evenness * 100)}% · ${d.distinct} distinct`}
                </Text>
              </Group>
              <Progress value={d.evenness * 100} size="sm" aria-label={`How varied: ${d.label}`} />
            </div>
          ))}
        </Stack>
      </Card>
      <Text size="sm" fw={600}>
        Gaps
      </Text>
      {report.gaps.length === 0 && (
        <Text size="sm" c="dimmed">
          No gaps: every kind of peer is there, and your network is varied.
        </Text>
      )}
      {report.gaps.map((g) => (
        <Alert key={g.id} variant="light" color="yellow" p="xs" data-testid="map-gap">
          <Text size="sm" fw={500}>
            {g.text}
          </Text>
          <Text size="xs" c="dimmed">
            Where to look: {g.where}
          </Text>
        </Alert>
      ))}
    </Stack>
  );
}
