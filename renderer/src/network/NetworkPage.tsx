import { ActionIcon, Alert, Badge, Button, Card, Collapse, Group, MultiSelect, Paper, Progress, ScrollArea, Select, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowsMaximize, IconChevronDown, IconChevronUp, IconMinus, IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { mapYourNetwork } from '../../../shared/domain/diversity';
import { allTags } from '../../../shared/domain/peer-filter';
import type { MapData } from '../../../shared/ipc/contract';
import { PEER_TYPES, type PeerType } from '../../../shared/schema/vocabulary';
import { call, compeer, messageOf } from '../api';
import { useNav, type PageProps } from '../shell/nav';
import { PEER_TYPE_COLOR, PEER_TYPE_LABEL, STATUS_LABEL, UNTYPED_COLOR, options } from '../peers/labels';
import type { LayoutMessage, LayoutRequest } from './layout-protocol';
import { MapCanvas, type MapCanvasHandle, type MapEdge, type MapNode } from './MapCanvas';
import { MapReport } from './MapReport';

export function NetworkPage(_props: PageProps) {
  const { openPeer: onOpenPeer } = useNav();
  const [data, setData] = useState<MapData | null>(null);
  const [positions, setPositions] = useState<Record<string, [number, number]>>({});
  const [layout, setLayout] = useState<{ progress: number; ms: number | null }>({ progress: 0, ms: null });
  const [error, setError] = useState<string | null>(null);
  const [types, setTypes] = useState<string[]>([]);
  const [statuses, setStatuses] = useState<string[]>(['active', 'dormant', 'distance']);
  const [tags, setTags] = useState<string[]>([]);
  const [groups, setGroups] = useState<string[]>([]);
  const [focus, setFocus] = useState<string | null>(null);
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | null>(null);
  const canvas = useRef<MapCanvasHandle>(null);
  const [legendOpen, setLegendOpen] = useState(false);

  useEffect(() => {
    let worker: Worker | null = null;
    call(compeer().map.data()).then(
      (d) => {
        setData(d);
        const missing = d.nodes.some((n) => !d.positions[n.id]);
        if (!missing) {
          setPositions(d.positions);
          setLayout({ progress: 1, ms: 0 });
          return;
        }
        worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
        worker.onmessage = (e: MessageEvent<LayoutMessage>) => {
          if (e.data.kind === 'progress') setLayout({ progress: e.data.done, ms: null });
          else {
            setPositions(e.data.positions);
            setLayout({ progress: 1, ms: e.data.ms });
            void call(compeer().map.savePositions({ positions: e.data.positions })).catch(() => undefined);
            worker?.terminate();
          }
        };
        const req: LayoutRequest = {
          nodes: d.nodes.map((n) => ({ id: n.id, closeness: n.closeness, x: d.positions[n.id]?.[0], y: d.positions[n.id]?.[1] })),
          links: d.ties.map((t) => ({ source: t.a, target: t.b, strength: t.strength })),
        };
        worker.postMessage(req);
      },
      (e: unknown) => setError(messageOf(e)),
    );
    return () => worker?.terminate();
  }, []);

  const visible = useMemo(() => {
    if (!data) return [];
    return data.nodes.filter(
      (n) =>
        statuses.includes(n.status) &&
        (types.length === 0 || n.peerTypes.some((t) => types.includes(t))) &&
        (tags.length === 0 || n.tags.some((t) => tags.includes(t))) &&
        (groups.length === 0 || n.groupIds.some((g) => groups.includes(g))),
    );
  }, [data, statuses, types, tags, groups]);

  const mapNodes = useMemo<MapNode[]>(
    () =>
      visible.map((n) => ({
        id: n.id,
        label: n.name,
        sub: [n.role, n.company].filter(Boolean).join(' · '),
        color: n.peerTypes[0] ? PEER_TYPE_COLOR[n.peerTypes[0]] : UNTYPED_COLOR,
        radius: 3 + n.closeness * 1.6,
      })),
    [visible],
  );
  const mapEdges = useMemo<MapEdge[]>(() => {
    const ids = new Set(visible.map((n) => n.id));
    return (data?.ties ?? []).filter((t) => ids.has(t.a) && ids.has(t.b)).map((t) => ({ a: t.a, b: t.b, strength: t.strength }));
  }, [data, visible]);

  const report = useMemo(() => mapYourNetwork(data?.nodes ?? []), [data]);
  const tagOptions = useMemo(() => allTags(data?.nodes ?? []), [data]);
  const hovered = hover ? data?.nodes.find((n) => n.id === hover.id) : undefined;
  const foundName = focus ? data?.nodes.find((n) => n.id === focus)?.name : undefined;
  const ready = layout.progress >= 1;

  return (
    <Group align="stretch" gap="md" wrap="nowrap" h="calc(100vh - 56px - 2 * var(--mantine-spacing-lg))">
      <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
        <Group justify="space-between">
          <Title order={1} size="h2">
            Network{' '}
            {data && (
              <Text span c="dimmed" size="lg" fw={400} data-testid="map-count">
                {visible.length} of {data.nodes.length} peers, {mapEdges.length} ties
              </Text>
            )}
          </Title>
        </Group>
        <Group gap="xs" wrap="wrap">
          <Select
            size="sm"
            placeholder="Find a peer"
            aria-label="Find a peer on the map"
            searchable
            clearable
            data={visible.map((n) => ({ value: n.id, label: n.name }))}
            value={focus}
            onChange={(id) => {
              setFocus(id);
              if (id) canvas.current?.focus(id);
            }}
            w={220}
            limit={30}
            data-testid="map-search"
          />
          {foundName && (
            // the keyboard's way to a peer on the map: find, then Tab here and Enter
            <Button size="sm" variant="light" onClick={() => focus && onOpenPeer(focus)} data-testid="map-open-found">
              Open {foundName}
            </Button>
          )}
          <MultiSelect size="sm" placeholder="Type" aria-label="Peer type" data={options(PEER_TYPE_LABEL)} value={types} onChange={setTypes} w={170} clearable data-testid="map-filter-type" />
          <MultiSelect size="sm" placeholder="Status" aria-label="Status" data={options(STATUS_LABEL)} value={statuses} onChange={setStatuses} w={340} data-testid="map-filter-status" />
          <MultiSelect size="sm" placeholder="Tag" aria-label="Tag" data={tagOptions} value={tags} onChange={setTags} w={140} clearable searchable />
          <MultiSelect size="sm" placeholder="Group" aria-label="Group" data={(data?.groups ?? []).map((g) => ({ value: g.id, label: g.name }))} value={groups} onChange={setGroups} w={160} clearable />
        </Group>
        {error && <Alert color="red">{error}</Alert>}
        <Paper withBorder radius="lg" style={{ flex: 1, position: 'relative', overflow: 'hidden' }}>
          {!ready && (
            <Stack align="center" justify="center" h="100%" gap="xs" data-testid="map-layout-progress">
              <Text size="sm" c="dimmed">
                Laying out your network…
              </Text>
              <Progress value={layout.progress * 100} w={240} animated />
            </Stack>
          )}
          {ready && data && data.nodes.length === 0 && (
            <Stack align="center" justify="center" h="100%">
              <Text c="dimmed">Add peers to see your network here.</Text>
            </Stack>
          )}
          {ready && data && data.nodes.length > 0 && (
            <>
              <MapCanvas
                ref={canvas}
                nodes={mapNodes}
                edges={mapEdges}
                positions={positions}
                meLabel={data.me.name || 'Me'}
                highlight={focus}
                onHover={(id, at) => setHover(id && at ? { id, ...at } : null)}
                onClick={onOpenPeer}
              />
              <Stack gap={4} style={{ position: 'absolute', right: 12, top: 12 }}>
                <Tooltip label="Zoom in" position="left">
                  <ActionIcon variant="default" onClick={() => canvas.current?.zoomBy(1.4)} aria-label="Zoom in">
                    <IconPlus size={16} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label="Zoom out" position="left">
                  <ActionIcon variant="default" onClick={() => canvas.current?.zoomBy(1 / 1.4)} aria-label="Zoom out">
                    <IconMinus size={16} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label="Fit the whole network" position="left">
                  <ActionIcon variant="default" onClick={() => canvas.current?.fit()} aria-label="Fit" data-testid="map-fit">
                    <IconArrowsMaximize size={16} />
                  </ActionIcon>
                </Tooltip>
              </Stack>
              {/* folded by default, so it hides no peer; open, it sits in a corner the zoom controls leave free */}
              <Card withBorder padding={4} radius="md" style={{ position: 'absolute', left: 12, bottom: 12, opacity: 0.95, width: legendOpen ? 190 : undefined }} data-testid="map-legend">
                <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setLegendOpen((o) => !o)} aria-expanded={legendOpen} leftSection={legendOpen ? <IconChevronDown size={14} /> : <IconChevronUp size={14} />} data-testid="map-legend-toggle">
                  Legend
                </Button>
                <Collapse expanded={legendOpen}>
                  <Stack gap={2} p={4}>
                    {PEER_TYPES.map((t) => (
                      <Group key={t} gap={6}>
                        <div style={{ width: 10, height: 10, borderRadius: 5, background: PEER_TYPE_COLOR[t] }} />
                        <Text size="xs">{PEER_TYPE_LABEL[t]}</Text>
                      </Group>
                    ))}
                    <Group gap={6}>
                      <div style={{ width: 10, height: 10, borderRadius: 5, background: UNTYPED_COLOR }} />
                      <Text size="xs">No type yet</Text>
                    </Group>
                    <Text size="xs" c="dimmed" mt={2}>
                      Colour: first peer type. Size, and nearness to you: closeness. Line width: tie strength.
                    </Text>
                  </Stack>
                </Collapse>
              </Card>
              {hovered && hover && (
                <Paper shadow="md" withBorder p="xs" radius="md" style={{ position: 'absolute', left: Math.min(hover.x + 14, 2000), top: hover.y + 14, pointerEvents: 'none', maxWidth: 260 }} data-testid="map-hover">
                  <Text size="sm" fw={600}>
                    {hovered.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[hovered.role, hovered.company].filter(Boolean).join(' · ')}
                  </Text>
                  <Group gap={4} mt={4}>
                    {hovered.peerTypes.map((t: PeerType) => (
                      <Badge key={t} size="xs" variant="light" color={PEER_TYPE_COLOR[t]}>
                        {PEER_TYPE_LABEL[t]}
                      </Badge>
                    ))}
                  </Group>
                  <Text size="xs" c="dimmed" mt={4}>
                    Click to open
                  </Text>
                </Paper>
              )}
            </>
          )}
        </Paper>
        {/* the layout's time is for the benchmark, not the reader */}
        {layout.ms !== null && layout.ms > 0 && <span hidden data-testid="layout-ms" data-ms={Math.round(layout.ms)} />}
      </Stack>
      <ScrollArea w={320} style={{ flexShrink: 0 }} viewportProps={{ tabIndex: 0, 'aria-label': 'Map report' }}>
        <MapReport report={report} />
      </ScrollArea>
    </Group>
  );
}
