import { Stack } from '@mantine/core';
import type { PeerReciprocityView } from '../../../shared/ipc/features/interactions.contract';
import { CumulativeBalanceChart } from '../reciprocity/charts/CumulativeBalanceChart';
import { KindBarsChart } from '../reciprocity/charts/KindBarsChart';

/** The peer's two charts, in their own chunk: the peers list opens without the charting code. */
export function PeerCharts({ data, name }: { data: PeerReciprocityView; name: string }) {
  return (
    <Stack gap="sm">
      <CumulativeBalanceChart series={data.series} bucket={data.bucket} name={name} />
      <KindBarsChart byKind={data.byKind} />
    </Stack>
  );
}
