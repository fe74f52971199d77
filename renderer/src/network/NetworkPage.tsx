import {
  ActionIcon,
  Badge,
  Button,
  Group,
  MultiSelect,
  Paper,
  Progress,
  ScrollArea,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  UnstyledButton,
  useComputedColorScheme,
} from '@mantine/core';
import { IconArrowsMaximize, IconChevronDown, IconChevronRight, IconMinus, IconPlus } from '@tabler/icons-react';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { mapYourNetwork } from '../../../shared/domain/diversity';
import { allTags } from '../../../shared/domain/peer-filter';
import type { MapData } from '../../../shared/ipc/contract';
import { PEER_TYPES } from '../../../shared/schema/vocabulary';
import { send } from '../data/channel';
import { ErrorNote } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';
import { FiltersPopover } from '../shell/FiltersPopover';
import { useNav, type PageProps } from '../shell/nav';
import { PEER_TYPE_COLOR, PEER_TYPE_LABEL, STATUS_LABEL, UNTYPED_COLOR, options } from '../peers/labels';
import type { LayoutMessage, LayoutRequest } from './layout-protocol';
import { MapCanvas, type MapCanvasHandle, type MapEdge, type MapNode } from './MapCanvas';
import { MapHoverCard, type MapHoverCardHandle } from './MapHoverCard';
import { MapReport } from './MapReport';
import { plural } from '../../../shared/plural';

const DEFAULT_STATUSES = ['active', 'dormant', 'distance'];
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Keep the layout the map worked out, so the next visit opens at once (a failure only means it is worked out again). */
const PLACED = { progress: 1, ms: 0 };

const savePositions = (positions: Record<string, [number, number]>) => void send('map:savePositions', { positions }).catch(() => undefined);

export function NetworkPage({ params }: PageProps) {
  const { openPeer: onOpenPeer } = useNav();
  // read once: the layout below starts from it, and saving the layout it computes is itself a change
  const map = useVaultQuery('map:data', undefined, { once: true });
  const data: MapData | null = map.data ?? null;
  const [worked, setPositions] = useState<Record<string, [number, number]>>({});
  const [working, setLayout] = useState<{ progress: number; ms: number | null; firstMs?: number }>({ progress: 0, ms: null });
  // every peer has a place already: the map opens at once, with no layout to work out
  const placed = data !== null && !data.nodes.some((n) => !data.positions[n.id]);
  const positions = placed ? data.positions : worked;
  const layout = placed ? PLACED : working;
  const [types, setTypes] = useState<string[]>([]);
  const [statuses, setStatuses] = useState<string[]>(DEFAULT_STATUSES);
  const [tags, setTags] = useState<string[]>([]);
  // a group's page opens the map with that group chosen (`{ group: id }`): members ringed
  const [groups, setGroups] = useState<string[]>(params.group ? [params.group] : []);
  const [groupMode, setGroupMode] = useState<'highlight' | 'only'>('highlight');
  // statuses count only when they differ from what the map shows by default
  const filterCount = types.length + tags.length + groups.length + (sameSet(statuses, DEFAULT_STATUSES) ? 0 : 1);
  const [focus, setFocus] = useState<string | null>(null);
  // the same filter as a list: the keyboard's and the screen reader's way through the map
  const [view, setView] = useState<'map' | 'list'>('map');
  // folded in a short window, where its lines are better spent on the map; it follows the window
  // as it is resized (a choice made by hand holds until the window crosses the line again)
  const tall = useMediaQuery('(min-height: 700px)', window.innerHeight >= 700, { getInitialValueInEffect: false });
  const [legendChoice, setLegendChoice] = useState<{ open: boolean; tall: boolean } | null>(null);
  const legendOpen = legendChoice !== null && legendChoice.tall === tall ? legendChoice.open : tall;
  const setLegendOpen = (toggle: (open: boolean) => boolean) => setLegendChoice({ open: toggle(legendOpen), tall });
  const canvas = useRef<MapCanvasHandle>(null);
  const hoverCard = useRef<MapHoverCardHandle>(null);
  const dark = useComputedColorScheme('light') === 'dark';
  // room for the map and the report's 320 pixels side by side
  const wide = useMediaQuery('(min-width: 1120px)', true);

  useEffect(() => {
    let worker: Worker | null = null;
    const d = data;
    if (!d || placed) return;
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<LayoutMessage>) => {
      const m = e.data;
      if (m.kind === 'progress') setLayout((l) => ({ ...l, progress: m.done, ms: null }));
      else if (m.kind === 'start') {
        // the map shows at once, from where the peers start, and settles when the layout ends
        setPositions(m.positions);
        setLayout({ progress: 0, ms: null, firstMs: m.ms });
      } else {
        setPositions(m.positions);
        setLayout((l) => ({ progress: 1, ms: m.ms, firstMs: l.firstMs }));
        savePositions(m.positions);
        worker?.terminate();
      }
    };
    const req: LayoutRequest = {
      nodes: d.nodes.map((n) => ({ id: n.id, closeness: n.closeness, x: d.positions[n.id]?.[0], y: d.positions[n.id]?.[1] })),
      links: d.ties.map((t) => ({ source: t.a, target: t.b, strength: t.strength })),
    };
    worker.postMessage(req);
    return () => worker?.terminate();
  }, [data, placed]);

  const visible = useMemo(() => {
    if (!data) return [];
    return data.nodes.filter(
      (n) =>
        statuses.includes(n.status) &&
        (types.length === 0 || n.peerTypes.some((t) => types.includes(t))) &&
        (tags.length === 0 || n.tags.some((t) => tags.includes(t))) &&
        (groups.length === 0 || groupMode === 'highlight' || n.groupIds.some((g) => groups.includes(g))),
    );
  }, [data, statuses, types, tags, groups, groupMode]);
  const marked = useMemo(
    () => new Set(groups.length === 0 ? [] : visible.filter((n) => n.groupIds.some((g) => groups.includes(g))).map((n) => n.id)),
    [visible, groups],
  );

  const mapNodes = useMemo<MapNode[]>(
    () =>
      visible.map((n) => ({
        id: n.id,
        label: n.name,
        sub: [n.role, n.company].filter(Boolean).join(' · '),
        color: n.peerTypes[0] ? PEER_TYPE_COLOR[n.peerTypes[0]] : UNTYPED_COLOR,
        colors: n.peerTypes.map((t) => PEER_TYPE_COLOR[t]),
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
  const findOptions = useMemo(() => visible.map((n) => ({ value: n.id, label: n.name })), [visible]);
  const byId = useMemo(() => new Map((data?.nodes ?? []).map((n) => [n.id, n])), [data]);
  const foundName = focus ? byId.get(focus)?.name : undefined;
  const settling = !placed && layout.progress < 1 && working.firstMs !== undefined;
  const ready = layout.progress >= 1 || settling;

  const mapColumn = (
    <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
      {/* heading, finding and filters on one row: in a small window the height is the map's */}
      <Group gap="xs" wrap="wrap" align="center">
        <Title order={1} size="h3" mr="xs">
          Network{' '}
          {data && (
            <Text span c="dimmed" size="sm" fw={400} data-testid="map-count">
              {visible.length} of {plural(data.nodes.length, 'peer')}, {plural(mapEdges.length, 'tie')}
            </Text>
          )}
        </Title>
        <Select
          size="sm"
          placeholder="Find a peer"
          aria-label="Find a peer on the map"
          searchable
          clearable
          data={findOptions}
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
        <FiltersPopover count={filterCount} width={320} testId="map-open-filters">
          <MultiSelect
            size="sm"
            label="Peer type"
            data={options(PEER_TYPE_LABEL)}
            value={types}
            onChange={setTypes}
            clearable
            searchable
            comboboxProps={{ withinPortal: false }}
            data-testid="map-filter-type"
          />
          <MultiSelect
            size="sm"
            label="Status"
            data={options(STATUS_LABEL)}
            value={statuses}
            onChange={setStatuses}
            comboboxProps={{ withinPortal: false }}
            data-testid="map-filter-status"
          />
          <MultiSelect
            size="sm"
            label="Tag"
            data={tagOptions}
            value={tags}
            onChange={setTags}
            clearable
            searchable
            comboboxProps={{ withinPortal: false }}
          />
          <MultiSelect
            size="sm"
            label="Group"
            data={(data?.groups ?? []).map((g) => ({ value: g.id, label: g.name }))}
            value={groups}
            onChange={setGroups}
            clearable
            searchable
            comboboxProps={{ withinPortal: false }}
            data-testid="map-filter-group"
          />
        </FiltersPopover>
        {groups.length > 0 && (
          <SegmentedControl
            size="sm"
            data={[
              { value: 'highlight', label: 'Ring members' },
              { value: 'only', label: 'Only members' },
            ]}
            value={groupMode}
            onChange={(v) => setGroupMode(v === 'only' ? 'only' : 'highlight')}
            data-testid="map-group-mode"
          />
        )}
        <SegmentedControl
          size="sm"
          ml="auto"
          aria-label="Show the network as"
          data={[
            { value: 'map', label: 'Map' },
            { value: 'list', label: 'List' },
          ]}
          value={view}
          onChange={(v) => setView(v === 'list' ? 'list' : 'map')}
          data-testid="map-view-switch"
        />
      </Group>
      {groups.length > 0 && (
        <Text size="xs" c="dimmed" data-testid="map-group-marked">
          {marked.size} {marked.size === 1 ? 'member' : 'members'}{' '}
          {groupMode === 'highlight' ? 'ringed in yellow, named' : 'shown, with you'}
        </Text>
      )}
      <ErrorNote error={map.error} />
      {/* a floor under the map: in a small window the page scrolls rather than squash it */}
      {view === 'list' && data && <PeerListView nodes={visible} ties={mapEdges} found={focus} onOpenPeer={onOpenPeer} />}
      <Paper
        withBorder
        radius="lg"
        style={{ flex: 1, minHeight: 320, position: 'relative', overflow: 'hidden', display: view === 'list' ? 'none' : undefined }}
      >
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
              dark={dark}
              highlight={focus}
              marked={marked}
              onHover={(id, at) => hoverCard.current?.show(id ? byId.get(id) : undefined, at)}
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
            <MapHoverCard ref={hoverCard} />
            {settling && (
              <Group gap="xs" style={{ position: 'absolute', left: 12, bottom: 12 }} data-testid="map-settling">
                <Text size="xs" c="dimmed">
                  Settling the layout…
                </Text>
                <Progress value={layout.progress * 100} w={120} size="sm" animated />
              </Group>
            )}
          </>
        )}
      </Paper>
      {/* under the map, not over it, so no peer hides behind it */}
      {view === 'map' && ready && data && data.nodes.length > 0 && (
        <Group gap="sm" wrap="wrap" align="center" data-testid="map-legend">
          <Button
            variant="subtle"
            size="compact-xs"
            onClick={() => setLegendOpen((o) => !o)}
            aria-expanded={legendOpen}
            leftSection={legendOpen ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
            data-testid="map-legend-toggle"
          >
            Legend
          </Button>
          {legendOpen && (
            <>
              {PEER_TYPES.map((t) => (
                <Group key={t} gap={5} wrap="nowrap">
                  <div style={{ width: 10, height: 10, borderRadius: 5, background: PEER_TYPE_COLOR[t] }} />
                  <Text size="xs">{PEER_TYPE_LABEL[t]}</Text>
                </Group>
              ))}
              <Group gap={5} wrap="nowrap">
                <div style={{ width: 10, height: 10, borderRadius: 5, background: UNTYPED_COLOR }} />
                <Text size="xs">No type yet</Text>
              </Group>
              <Text size="xs" c="dimmed">
                Colour: peer type; a peer of several types is split into slices, one per type. Size, and nearness to you: closeness. Line
                width: tie strength.
              </Text>
            </>
          )}
        </Group>
      )}
      {/* the layout's time is for the benchmark, not the reader */}
      {layout.ms !== null && layout.ms > 0 && (
        <span hidden data-testid="layout-ms" data-ms={Math.round(layout.ms)} data-first-ms={Math.round(working.firstMs ?? 0)} />
      )}
    </Stack>
  );
  // beside a wide map the report has its own column; in a narrow window it goes under the map,
  // so the map keeps the window's whole height and width
  return wide ? (
    <Group align="stretch" gap="md" wrap="nowrap" h={PAGE_HEIGHT}>
      {mapColumn}
      <ScrollArea w={320} style={{ flexShrink: 0 }} viewportProps={{ tabIndex: 0, 'aria-label': 'Map report' }}>
        <MapReport report={report} />
      </ScrollArea>
    </Group>
  ) : (
    <Stack gap="xl">
      <Group align="stretch" wrap="nowrap" h={PAGE_HEIGHT}>
        {mapColumn}
      </Group>
      <MapReport report={report} />
    </Stack>
  );
}

/** The window's height less the top bar and the page's padding. */
const PAGE_HEIGHT = 'calc(100vh - 56px - 2 * var(--mantine-spacing-lg))';

type ListNode = MapData['nodes'][number];

/** The map's peers, under the same filters, as a list: each name opens the peer (Enter or click). */
function PeerListView({
  nodes,
  ties,
  found,
  onOpenPeer,
}: {
  nodes: readonly ListNode[];
  ties: readonly MapEdge[];
  /** the peer found with "Find a peer": marked, and scrolled to */
  found: string | null;
  onOpenPeer: (id: string) => void;
}) {
  const foundRow = useRef<HTMLTableRowElement>(null);
  useEffect(() => foundRow.current?.scrollIntoView({ block: 'center' }), [found]);
  const degree = useMemo(() => {
    const d = new Map<string, number>();
    for (const t of ties) {
      d.set(t.a, (d.get(t.a) ?? 0) + 1);
      d.set(t.b, (d.get(t.b) ?? 0) + 1);
    }
    return d;
  }, [ties]);
  const sorted = useMemo(() => [...nodes].sort((a, b) => a.name.localeCompare(b.name)), [nodes]);
  if (sorted.length === 0)
    return (
      <Text c="dimmed" data-testid="map-list-empty">
        No peer matches these filters. Clear a filter above to see more.
      </Text>
    );
  return (
    <ScrollArea style={{ flex: 1, minHeight: 320 }} viewportProps={{ tabIndex: -1 }}>
      <Table striped highlightOnHover data-testid="map-list" aria-label="Peers on the map">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Peer type</Table.Th>
            <Table.Th>Role and company</Table.Th>
            <Table.Th>Closeness</Table.Th>
            <Table.Th>Ties shown</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((n) => (
            <Table.Tr
              key={n.id}
              ref={n.id === found ? foundRow : undefined}
              aria-current={n.id === found ? 'true' : undefined}
              bg={n.id === found ? 'var(--mantine-color-red-light)' : undefined}
              data-found={n.id === found ? 'true' : undefined}
            >
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <UnstyledButton onClick={() => onOpenPeer(n.id)} fw={600} data-testid="map-list-peer">
                    {n.name}
                  </UnstyledButton>
                  {n.id === found && (
                    <Badge size="xs" color="red" variant="light" data-testid="map-list-found">
                      Found
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{n.peerTypes.map((t) => PEER_TYPE_LABEL[t]).join(', ') || 'No type yet'}</Table.Td>
              <Table.Td>{[n.role, n.company].filter(Boolean).join(' · ')}</Table.Td>
              <Table.Td>{n.closeness} of 5</Table.Td>
              <Table.Td>{degree.get(n.id) ?? 0}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
