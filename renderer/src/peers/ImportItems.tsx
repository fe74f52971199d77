import { Badge, Button, Checkbox, Group, ScrollArea, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { dayWordsOr } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';
import { MEETING_SKIP_WORDS, type ImportPreview, type MeetingSkip } from '../../../shared/import-preview';
import { fold } from '../../../shared/text-fold';
import { DateField } from '../shell/DateField';

const ACTION = {
  add: { label: 'Add', color: 'teal' },
  update: { label: 'Move', color: 'blue' },
  skip: { label: 'Skip', color: 'gray' },
} as const;
const ROWS_DRAWN = 500;

/** "dana.stranger@x.io" -> "Dana Stranger": a first guess at a name, to be corrected. */
const nameFromAddress = (address: string) =>
  address
    .split('@')[0]!
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');

/** A person in a meeting who is not a peer yet: add them (the preview is then made again). */
function AddAsPeer({ address, onAdd }: { address: string; onAdd: (name: string, address: string) => Promise<void> }) {
  const [name, setName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (name === null)
    return (
      <Button
        size="compact-xs"
        variant="subtle"
        leftSection={<IconUserPlus size={14} />}
        onClick={() => setName(nameFromAddress(address))}
        data-testid="import-add-peer"
      >
        Add {address} as a peer
      </Button>
    );
  return (
    <Group gap={4} wrap="nowrap">
      <TextInput
        size="xs"
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        aria-label={`Name of the peer with ${address}`}
        w={160}
        data-autofocus
        data-testid="import-add-peer-name"
      />
      <Button
        size="compact-xs"
        loading={busy}
        disabled={!name.trim()}
        onClick={() => {
          setBusy(true);
          void onAdd(name.trim(), address).finally(() => setBusy(false));
        }}
        data-testid="import-add-peer-save"
      >
        Add
      </Button>
    </Group>
  );
}

/**
 * The rows of a calendar or Day One import: each meeting or entry, what happens to it and
 * why, with select all and none over the ones to add; a meeting with no peer in it offers to
 * add its people as peers.
 */
export function ImportItems({
  preview,
  leftOut,
  tick,
  onAddPeer,
  maxHeight,
}: {
  preview: ImportPreview;
  leftOut: ReadonlySet<number>;
  tick: (rows: number[], on: boolean) => void;
  onAddPeer: (name: string, address: string) => Promise<void>;
  maxHeight: number;
}) {
  const [filter, setFilter] = useState('');
  const [only, setOnly] = useState<'all' | 'add' | 'skip'>('all');
  const items = preview.items ?? [];
  const calendar = preview.kind === 'calendar';
  const folded = fold(filter.trim());
  const shown = items.filter(
    (r) =>
      (only === 'all' || (only === 'add' ? r.action !== 'skip' : r.action === 'skip')) &&
      (!folded || fold(`${r.title} ${r.who} ${r.date}`).includes(folded)),
  );
  const shownAdds = shown.filter((r) => r.action !== 'skip').map((r) => r.row);
  const drawn = shown.slice(0, ROWS_DRAWN);
  const skips = Object.entries(preview.skips ?? {}) as [MeetingSkip, number][];
  return (
    <Stack gap="xs">
      {skips.length > 0 && (
        <Group gap={6} data-testid="import-skips">
          <Text size="sm">Skipped:</Text>
          {skips.map(([why, n]) => (
            <Badge key={why} variant="outline" color="gray" tt="none">
              {n.toLocaleString('en')} {MEETING_SKIP_WORDS[why]}
            </Badge>
          ))}
        </Group>
      )}
      <Group gap="xs" align="flex-end" wrap="wrap" data-testid="import-batch">
        <TextInput
          size="xs"
          label="Show"
          placeholder={calendar ? 'Title, peer or date' : 'Title, tag or date'}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          w={190}
          data-testid="import-filter"
        />
        <Button.Group>
          {(['all', 'add', 'skip'] as const).map((o) => (
            <Button
              key={o}
              size="xs"
              variant={only === o ? 'filled' : 'default'}
              onClick={() => setOnly(o)}
              data-testid={`import-only-${o}`}
            >
              {o === 'all' ? 'All' : o === 'add' ? 'To import' : 'Skipped'}
            </Button>
          ))}
        </Button.Group>
        <Button size="xs" variant="default" onClick={() => tick(shownAdds, true)} data-testid="import-select-all">
          Select all{filter || only !== 'all' ? ' shown' : ''}
        </Button>
        <Button size="xs" variant="default" onClick={() => tick(shownAdds, false)} data-testid="import-select-none">
          Select none{filter || only !== 'all' ? ' shown' : ''}
        </Button>
      </Group>
      <ScrollArea.Autosize mah={maxHeight}>
        <Table verticalSpacing={6} striped data-testid="import-preview">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <VisuallyHidden>Import</VisuallyHidden>
              </Table.Th>
              <Table.Th>Date</Table.Th>
              <Table.Th>{calendar ? 'Meeting' : 'Entry'}</Table.Th>
              <Table.Th>What happens</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {drawn.map((r) => (
              <Table.Tr key={r.row} data-testid="import-item">
                <Table.Td>
                  {r.action !== 'skip' && (
                    <Checkbox
                      size="xs"
                      checked={!leftOut.has(r.row)}
                      onChange={(e) => tick([r.row], e.currentTarget.checked)}
                      aria-label={`Import ${r.title || r.date}`}
                      data-testid="import-row-check"
                    />
                  )}
                </Table.Td>
                <Table.Td c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {dayWordsOr(r.date, dayOf(new Date()))}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600} lineClamp={1}>
                    {r.title || '(no title)'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[r.who, r.leftOut && `${r.leftOut} left out`].filter(Boolean).join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Badge color={ACTION[r.action].color} variant="light">
                      {ACTION[r.action].label}
                    </Badge>
                    {r.reason && <Text size="xs">{r.reason}</Text>}
                    {r.addresses.slice(0, 3).map((a) => (
                      <AddAsPeer key={a} address={a} onAdd={onAddPeer} />
                    ))}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {shown.length > drawn.length && (
        <Text size="xs" c="dimmed" data-testid="import-rows-drawn">
          Showing the first {drawn.length.toLocaleString('en')} of {shown.length.toLocaleString('en')}; type above to find the others.
          Select all and none apply to all {shown.length.toLocaleString('en')}.
        </Text>
      )}
    </Stack>
  );
}

/** The days a calendar's meetings are taken from: its first to today unless chosen; read again on "Show". */
export function CalendarDays({
  days,
  onChange,
}: {
  days: { since?: string; until?: string };
  onChange: (days: { since?: string; until?: string }) => void;
}) {
  const [since, setSince] = useState(days.since ?? '');
  const [until, setUntil] = useState(days.until ?? '');
  const bad = since !== '' && until !== '' && since > until;
  return (
    <Group gap="xs" align="flex-end" data-testid="import-days">
      <DateField size="xs" label="Meetings from" value={since} onChange={setSince} w={150} />
      <DateField
        size="xs"
        label="to"
        description="empty: today"
        value={until}
        onChange={setUntil}
        w={150}
        error={bad ? 'before the first day' : undefined}
      />
      <Button
        size="xs"
        variant="default"
        disabled={bad || (since === (days.since ?? '') && until === (days.until ?? ''))}
        onClick={() => onChange({ ...(since ? { since } : {}), ...(until ? { until } : {}) })}
        data-testid="import-days-apply"
      >
        Show these days
      </Button>
    </Group>
  );
}
