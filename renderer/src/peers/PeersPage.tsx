import { Badge, Button, Checkbox, Group, MultiSelect, Select, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconFileImport, IconPlus, IconTag, IconUsersPlus } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { emptyFilter, type PeerFilter, type PeerSort } from '../../../shared/domain/peer-filter';
import type { PeerRow } from '../../../shared/ipc/contract';
import { send } from '../data/channel';
import { ErrorNote, showError } from '../data/ErrorNote';
import type { PageProps } from '../shell/nav';
import { FiltersPopover } from '../shell/FiltersPopover';
import { PeerRowCheckIn } from '../interactions/PeerRowCheckIn';
import { ExportMenu } from './ExportMenu';
import { ImportModal } from './ImportModal';
import { IntroduceModal } from './IntroduceModal';
import { PEER_TYPE_COLOR, PEER_TYPE_LABEL, STAGE_LABEL, STATUS_LABEL, options } from './labels';
import { PeerDrawer } from './PeerDrawer';
import { PeerForm } from './PeerForm';
import { SearchBox } from './SearchBox';
import { usePeerPage } from './usePeerPage';
import { usePeerStore } from './peer-store';
import { VirtualList } from './VirtualList';

const ROW = 52;

export function PeersPage({ params }: PageProps) {
  const initialPeerId = params.peer ?? null;
  // the list itself comes a page at a time from the vault's thread (usePeerPage); the kept
  // summaries (loaded after unlock, not waited for here) serve the peer's page and introductions
  const { peers, error: storeError, reload, version } = usePeerStore();
  const [filter, setFilter] = useState<PeerFilter>(emptyFilter);
  // the search text as typing pauses (SearchBox), so a keystroke does not re-render the screen
  const { query } = filter;
  const setQuery = useCallback((q: string) => setFilter((f) => ({ ...f, query: q })), []);
  const [sort, setSort] = useState<PeerSort>('name');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(initialPeerId);
  // go('peers', { action: 'add' | 'import' }) from Today's welcome opens the form or the import
  const [editing, setEditing] = useState<{ id: string | null } | null>(params.action === 'add' ? { id: null } : null);
  const [importing, setImporting] = useState(params.action === 'import');
  const [introducing, setIntroducing] = useState(false);
  const [bulkTag, setBulkTag] = useState('');
  const { ref: listBox, height } = useElementSize();

  const page = usePeerPage(filter, sort);
  const visible = page.rows;
  const { tags: tagOptions, sources: sourceOptions } = page;
  const error = page.error ?? storeError;
  const total = page.total;
  const { types, statuses, stages, tags, sources } = filter;
  // one count for the filters behind the "Filters" button: search and sort stay in view
  const filterCount = types.length + statuses.length + stages.length + tags.length + sources.length;
  const filtering = query !== '' || filterCount > 0;

  const bulk = async (patch: { addTags?: string[]; status?: 'archived' }) => {
    try {
      const r = await send('peers:bulkUpdate', { ids: [...selected], ...patch });
      notifications.show({ message: `${r.updated} peer${r.updated === 1 ? '' : 's'} updated.` });
      setSelected(new Set());
      setBulkTag('');
      await reload();
    } catch (e) {
      showError(e);
    }
  };

  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  const row = (p: PeerRow) => (
    <Group
      h={ROW}
      px="sm"
      gap="sm"
      wrap="nowrap"
      style={{
        borderBottom: '1px solid var(--mantine-color-default-border)',
        cursor: 'pointer',
        background: openId === p.id ? 'var(--mantine-color-default-hover)' : undefined,
      }}
      onClick={() => setOpenId(p.id)}
      data-testid="peer-row"
    >
      <Checkbox
        checked={selected.has(p.id)}
        onChange={() => toggle(p.id)}
        onClick={(e) => e.stopPropagation()}
        aria-label={`Select ${p.name}`}
      />
      <div style={{ flex: 1, minWidth: 0 }}>
        <Text fw={600} size="sm" truncate>
          {/* the row's keyboard stop: Enter opens the peer (the row itself opens on a click) */}
          <UnstyledButton
            fw={600}
            fz="sm"
            onClick={(e) => {
              e.stopPropagation();
              setOpenId(p.id);
            }}
            data-testid="open-peer"
          >
            {p.name}
          </UnstyledButton>
          {p.status !== 'active' && (
            <Text span c="dimmed" size="xs" ml={6}>
              {STATUS_LABEL[p.status]}
            </Text>
          )}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {[p.role, p.company].filter(Boolean).join(' · ') || 'No role or company yet'}
        </Text>
      </div>
      <Group gap={4} wrap="nowrap" visibleFrom="md" maw={300} style={{ overflow: 'hidden' }}>
        {p.peerTypes.slice(0, 2).map((t) => (
          <Badge key={t} size="xs" variant="light" color={PEER_TYPE_COLOR[t]}>
            {PEER_TYPE_LABEL[t]}
          </Badge>
        ))}
        {p.tags.slice(0, 2).map((t) => (
          <Badge key={t} size="xs" variant="outline" color="gray">
            {t}
          </Badge>
        ))}
      </Group>
      <PeerRowCheckIn lastContact={p.lastContact} nextCheckIn={p.nextCheckIn} pending={page.checkInsPending} />
    </Group>
  );

  return (
    <Stack gap="sm" h="calc(100vh - 56px - 2 * var(--mantine-spacing-lg))">
      <Group justify="space-between">
        <Title order={1} size="h2">
          Peers{' '}
          {total !== null && (
            <Text span c="dimmed" size="lg" fw={400} data-testid="peer-count">
              {filtering ? `${page.matched} of ${total}` : total}
            </Text>
          )}
        </Title>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconUsersPlus size={16} />}
            onClick={() => setIntroducing(true)}
            disabled={(total ?? 0) < 2}
          >
            Introduce…
          </Button>
          <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setImporting(true)} data-testid="open-import">
            Import…
          </Button>
          <ExportMenu />
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ id: null })} data-testid="add-peer">
            Add peer
          </Button>
        </Group>
      </Group>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <SearchBox query={filter.query} onQuery={setQuery} />
        <FiltersPopover count={filterCount} testId="open-filters">
          <MultiSelect
            size="sm"
            label="Peer type"
            data={options(PEER_TYPE_LABEL)}
            value={filter.types}
            onChange={(v) => setFilter({ ...filter, types: v })}
            clearable
            comboboxProps={{ withinPortal: false }}
            data-testid="filter-type"
          />
          <MultiSelect
            size="sm"
            label="Status"
            data={options(STATUS_LABEL)}
            value={filter.statuses}
            onChange={(v) => setFilter({ ...filter, statuses: v })}
            clearable
            comboboxProps={{ withinPortal: false }}
          />
          <MultiSelect
            size="sm"
            label="Career stage"
            data={options(STAGE_LABEL)}
            value={filter.stages}
            onChange={(v) => setFilter({ ...filter, stages: v })}
            clearable
            comboboxProps={{ withinPortal: false }}
          />
          <MultiSelect
            size="sm"
            label="Tag"
            data={tagOptions}
            value={filter.tags}
            onChange={(v) => setFilter({ ...filter, tags: v })}
            clearable
            searchable
            comboboxProps={{ withinPortal: false }}
            data-testid="filter-tag"
          />
          <MultiSelect
            size="sm"
            label="Source"
            data={sourceOptions}
            value={filter.sources}
            onChange={(v) => setFilter({ ...filter, sources: v })}
            clearable
            comboboxProps={{ withinPortal: false }}
          />
        </FiltersPopover>
        <Select
          size="sm"
          aria-label="Sort peers"
          value={sort}
          onChange={(v) => setSort((v as PeerSort) ?? 'name')}
          data={[
            { value: 'name', label: 'Sort: name' },
            { value: 'company', label: 'Sort: company' },
            { value: 'recent', label: 'Sort: recently changed' },
            { value: 'closeness', label: 'Sort: closest first' },
            { value: 'lastContact', label: 'Sort: last contact' },
            { value: 'nextCheckIn', label: 'Sort: next check-in' },
          ]}
          w={190}
          allowDeselect={false}
        />
        {filtering && (
          <Button variant="subtle" size="sm" onClick={() => setFilter(emptyFilter())}>
            Clear filters
          </Button>
        )}
      </Group>
      {selected.size > 0 && (
        <Group gap="xs" p="xs" style={{ background: 'var(--mantine-color-default-hover)', borderRadius: 8 }} data-testid="bulk-bar">
          <Text size="sm" fw={600}>
            {selected.size} selected
          </Text>
          <TextInput
            size="xs"
            placeholder="Tag to add"
            value={bulkTag}
            onChange={(e) => setBulkTag(e.currentTarget.value)}
            w={160}
            data-testid="bulk-tag"
          />
          <Button
            size="xs"
            leftSection={<IconTag size={14} />}
            disabled={!bulkTag.trim()}
            onClick={() => void bulk({ addTags: [bulkTag.trim()] })}
            data-testid="bulk-add-tag"
          >
            Add tag
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconArchive size={14} />}
            onClick={() => void bulk({ status: 'archived' })}
            data-testid="bulk-archive"
          >
            Archive
          </Button>
          <Button
            size="xs"
            variant="subtle"
            onClick={() => setSelected(visible.length === selected.size ? new Set() : new Set(visible.map((p) => p.id)))}
          >
            {visible.length === selected.size ? 'Select none' : `Select all ${visible.length}`}
          </Button>
        </Group>
      )}
      <ErrorNote error={error} />
      <div
        ref={listBox}
        style={{ flex: 1, minHeight: 200, border: '1px solid var(--mantine-color-default-border)', borderRadius: 12, overflow: 'hidden' }}
      >
        {total === 0 && (
          <Stack align="center" justify="center" h="100%" gap="xs" p="xl">
            <Text fw={600}>Map your peer network</Text>
            <Text c="dimmed" ta="center" maw={420} size="sm">
              Add the people at a similar career stage you trade advice, support and opportunities with, or import them from LinkedIn or
              your contacts.
            </Text>
            <Group>
              <Button onClick={() => setEditing({ id: null })}>Add your first peer</Button>
              <Button variant="default" onClick={() => setImporting(true)}>
                Import contacts
              </Button>
            </Group>
          </Stack>
        )}
        {total !== null && total > 0 && page.matched === 0 && (
          <Stack align="center" justify="center" h="100%" gap="xs">
            <Text c="dimmed">No peers match these filters.</Text>
            <Button variant="subtle" onClick={() => setFilter(emptyFilter())}>
              Clear filters
            </Button>
          </Stack>
        )}
        {visible.length > 0 && height > 0 && (
          <VirtualList items={visible} rowHeight={ROW} height={height} render={row} testId="peer-list" />
        )}
      </div>
      <PeerDrawer
        peerId={openId}
        peers={peers ?? []}
        version={version}
        onClose={() => setOpenId(null)}
        onEdit={(id) => setEditing({ id })}
        onChanged={reload}
        onOpenPeer={setOpenId}
      />
      {editing && (
        <PeerForm
          peerId={editing.id}
          onClose={() => setEditing(null)}
          onSaved={async (id) => {
            setEditing(null);
            await reload();
            setOpenId(id);
          }}
        />
      )}
      <ImportModal opened={importing} onClose={() => setImporting(false)} onImported={reload} />
      <IntroduceModal opened={introducing} peers={peers ?? []} onClose={() => setIntroducing(false)} onDone={reload} />
    </Stack>
  );
}
