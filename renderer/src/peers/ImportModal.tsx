import {
  Alert,
  Badge,
  Button,
  Checkbox,
  FileButton,
  Group,
  List,
  Modal,
  MultiSelect,
  ScrollArea,
  Select,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFileImport, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { IMPORT_MAX_BYTES, importTooLarge, type ImportPreview, type ImportWarning } from '../../../shared/import-preview';
import { fold } from '../../../shared/text-fold';
import type { PeerType } from '../../../shared/schema/vocabulary';
import { send } from '../data/channel';
import { CalendarDays, ImportItems } from './ImportItems';
import { ImportProgress } from './ImportProgress';
import { PEER_TYPE_LABEL, options } from './labels';
import { ErrorNote } from '../data/ErrorNote';
import { ModalActions } from '../shell/FormModal';

const ACTION = {
  add: { label: 'Add', color: 'teal' },
  merge: { label: 'Merge', color: 'blue' },
  skip: { label: 'No change', color: 'gray' },
} as const;
const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const ROWS_DRAWN = 500;

/** What the file held that will not arrive whole: contacts left out, values cut to fit, by line (the first 100, and how many more). */
function ImportWarnings({ warnings, total, leftOut }: { warnings: ImportWarning[]; total: number; leftOut: number }) {
  const left = leftOut;
  const cut = total - leftOut;
  const title = [
    left > 0 && `${count(left, 'contact', 'contacts')} left out`,
    cut > 0 && `${count(cut, 'detail', 'details')} left out or cut to fit`,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title={title} data-testid="import-warnings">
      <Stack gap={6}>
        <Text size="sm">
          Everything else imports as shown below. To bring these in too, fix them in the file and import it again, or add them by hand.
        </Text>
        <ScrollArea.Autosize mah={110} type="auto">
          <List size="sm" spacing={2}>
            {warnings.map((w, i) => (
              <List.Item key={i}>{w.message}</List.Item>
            ))}
          </List>
        </ScrollArea.Autosize>
      </Stack>
    </Alert>
  );
}

/** Choose a file, see what it will add, merge or skip (and any conflicts), then confirm. */
export function ImportModal({ opened, onClose, onImported }: { opened: boolean; onClose: () => void; onImported: () => Promise<void> }) {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [useIncoming, setUseIncoming] = useState<Set<string>>(new Set());
  // the batch: rows whose new peer is left out, what the table shows, a type and tags for the new peers
  const [leftOut, setLeftOut] = useState<Set<number>>(new Set());
  const [rowFilter, setRowFilter] = useState('');
  const [rowYear, setRowYear] = useState<string | null>(null);
  const [batchTypes, setBatchTypes] = useState<string[]>([]);
  const [batchTags, setBatchTags] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // the file chosen, to be read again once a peer is added from its preview or other days are chosen
  const [file, setFile] = useState<File | null>(null);
  // a calendar's days: from its first meeting (or the day chosen) to today (or the day chosen)
  const [days, setDays] = useState<{ since?: string; until?: string }>({});

  const reset = () => {
    setPreview(null);
    setUseIncoming(new Set());
    setLeftOut(new Set());
    setRowFilter('');
    setRowYear(null);
    setBatchTypes([]);
    setBatchTags([]);
    setError(null);
    setBusy(false);
  };
  const close = () => {
    reset();
    onClose();
  };

  const choose = async (file: File | null, window: { since?: string; until?: string } = {}) => {
    if (!file) return;
    reset();
    setFile(file);
    setDays(window);
    if (file.size > IMPORT_MAX_BYTES) return setError(importTooLarge(file.name, file.size));
    setBusy(true);
    try {
      // the bytes as they are: main works out the text encoding (UTF-16, Windows-1252…)
      setPreview(await send('import:preview', { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), ...window }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  // someone in a meeting added as a peer: the preview is made again, so their meetings come in
  const addPeer = async (name: string, address: string) => {
    try {
      await send('peers:save', { name, contacts: { emails: [address] }, source: 'Calendar' });
      await onImported();
      if (file) await choose(file, days);
    } catch (e) {
      setError(e);
    }
  };

  const commit = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const r = await send('import:commit', {
        token: preview.token,
        useIncoming: [...useIncoming],
        leaveOutRows: [...leftOut],
        peerTypes: batchTypes as PeerType[],
        tags: batchTags,
      });
      notifications.show({
        color: 'teal',
        message:
          preview.kind === 'calendar'
            ? `Imported: ${count(r.added, 'meeting', 'meetings')} added, ${r.updated} moved. Today asks what passed in them.`
            : preview.kind === 'journal'
              ? `Imported: ${count(r.added, 'journal entry', 'journal entries')}.`
              : `Imported: ${r.added.toLocaleString('en')} added, ${r.updated.toLocaleString('en')} updated.${withNotes > 0 ? ' Notes from the file are confidential: reveal them on a peer’s page.' : ''}`,
      });
      await onImported();
      close();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const changes = preview ? preview.counts.add - leftOut.size + preview.counts.merge : 0;
  // a contact's notes arrive confidential (the app's default for notes): the preview says so
  const withNotes = preview ? preview.rows.filter((r) => r.fills.includes('notes')).length : 0;
  // meetings moved in the calendar can be left out too: "to add" counts only the adds left out
  const addsLeftOut = preview?.items ? preview.items.filter((r) => r.action === 'add' && leftOut.has(r.row)).length : leftOut.size;
  const folded = fold(rowFilter.trim());
  const years = preview
    ? [...new Set(preview.rows.flatMap((r) => (r.connectedOn ? [r.connectedOn.slice(0, 4)] : [])))].sort().reverse()
    : [];
  const shownRows = preview
    ? preview.rows.filter(
        (r) => (!folded || fold(`${r.name} ${r.company}`).includes(folded)) && (!rowYear || r.connectedOn?.startsWith(rowYear)),
      )
    : [];
  const shownAdds = shownRows.filter((r) => r.action === 'add').map((r) => r.row);
  // a table of 100,000 rows would hold the window for long: the first ones are drawn, a filter finds the others
  const drawnRows = shownRows.slice(0, ROWS_DRAWN);
  const tick = (rows: number[], on: boolean) =>
    setLeftOut((s) => {
      const next = new Set(s);
      for (const r of rows) {
        if (on) next.delete(r);
        else next.add(r);
      }
      return next;
    });

  return (
    <Modal opened={opened} onClose={close} title="Import" size={preview ? 'xl' : 'md'} centered>
      <Stack>
        {!preview && (
          <>
            <Text size="sm">
              From LinkedIn (Settings › Data privacy › Get a copy of your data › Connections), Google Contacts (Export › Google CSV or
              vCard), Apple Contacts or Outlook (vCard), or a Compeer JSON export. A calendar (.ics from Google, Outlook or Apple Calendar)
              brings your meetings with peers as interactions; a Day One export (.zip or Journal.json) brings its entries to your journal.
              You will see what changes before anything is saved.
            </Text>
            {busy && <ImportProgress unit="contacts" />}
            <FileButton
              onChange={(f) => void choose(f)}
              accept=".csv,.vcf,.vcard,.json,.txt,.ics,.zip,text/csv,text/vcard,text/calendar,application/json,application/zip"
            >
              {(props) => (
                <Button {...props} leftSection={<IconFileImport size={16} />} loading={busy} data-testid="choose-file">
                  Choose a file…
                </Button>
              )}
            </FileButton>
          </>
        )}
        <ErrorNote error={error} title="Nothing was imported" data-testid="import-error" />
        {preview && (
          <>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {preview.fileName}
              </Text>
              <Badge variant="light">{preview.format}</Badge>
              {preview.encoding !== 'UTF-8' && (
                <Badge variant="outline" color="gray" data-testid="import-encoding">
                  {preview.encoding}
                </Badge>
              )}
            </Group>
            <Group gap="lg" data-testid="import-counts">
              <Text size="sm">
                <b>{preview.counts.add - addsLeftOut}</b> to add
              </Text>
              {preview.kind !== 'journal' && (
                <Text size="sm">
                  <b>{preview.counts.merge}</b> {preview.kind === 'calendar' ? 'to move (moved in the calendar)' : 'to merge'}
                </Text>
              )}
              <Text size="sm">
                <b>{preview.counts.skip}</b> {preview.items ? 'skipped' : 'unchanged'}
              </Text>
              {preview.counts.conflicts > 0 && (
                <Text size="sm" c="orange">
                  <b>{preview.counts.conflicts}</b> conflicting values (yours are kept unless you tick them)
                </Text>
              )}
            </Group>
            {preview.summary && <Text size="sm">{preview.summary}</Text>}
            {preview.warnings.length > 0 && (
              <ImportWarnings warnings={preview.warnings} total={preview.warningCount} leftOut={preview.leftOut} />
            )}
            {preview.kind === 'calendar' && file && <CalendarDays key={preview.token} days={days} onChange={(d) => void choose(file, d)} />}
            {preview.items && (
              <ImportItems
                preview={preview}
                leftOut={leftOut}
                tick={tick}
                onAddPeer={addPeer}
                maxHeight={preview.warnings.length > 0 ? 260 : 380}
              />
            )}
            {preview.counts.add > 0 && !preview.items && (
              <Group gap="xs" align="flex-end" wrap="wrap" data-testid="import-batch">
                <TextInput
                  size="xs"
                  label="Show"
                  placeholder="Name or company"
                  value={rowFilter}
                  onChange={(e) => setRowFilter(e.currentTarget.value)}
                  w={170}
                  data-testid="import-filter"
                />
                {years.length > 1 && (
                  <Select
                    size="xs"
                    label="Connected in"
                    placeholder="Any year"
                    data={years}
                    value={rowYear}
                    onChange={setRowYear}
                    clearable
                    w={120}
                    data-testid="import-year"
                  />
                )}
                <Button size="xs" variant="default" onClick={() => tick(shownAdds, true)} data-testid="import-select-all">
                  Select all{rowFilter || rowYear ? ' shown' : ''}
                </Button>
                <Button size="xs" variant="default" onClick={() => tick(shownAdds, false)} data-testid="import-select-none">
                  Select none{rowFilter || rowYear ? ' shown' : ''}
                </Button>
                <MultiSelect
                  size="xs"
                  label="Peer type for the new peers"
                  data={options(PEER_TYPE_LABEL)}
                  value={batchTypes}
                  onChange={setBatchTypes}
                  w={220}
                  clearable
                  data-testid="import-types"
                />
                <TagsInput
                  size="xs"
                  label="Tags for the new peers"
                  value={batchTags}
                  onChange={setBatchTags}
                  w={200}
                  clearable
                  data-testid="import-tags"
                />
              </Group>
            )}
            {withNotes > 0 && (
              <Text size="sm" data-testid="import-notes-note">
                <IconLock size={14} style={{ verticalAlign: '-2px' }} />{' '}
                {withNotes === 1 ? 'One contact has' : `${withNotes.toLocaleString('en')} contacts have`} notes in the file. They come in as
                confidential notes, like those you type: hidden on screen until you press Reveal under Notes on the peer's page, and left
                out of exports.
              </Text>
            )}
            {preview.rows.length > 0 && (
              <ScrollArea.Autosize mah={preview.warnings.length > 0 ? 260 : 380}>
                <Table verticalSpacing={6} striped data-testid="import-preview">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>
                        <VisuallyHidden>Import</VisuallyHidden>
                      </Table.Th>
                      <Table.Th>Name</Table.Th>
                      <Table.Th>What happens</Table.Th>
                      <Table.Th>Details</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {drawnRows.map((r) => (
                      <Table.Tr key={r.row}>
                        <Table.Td>
                          {r.action === 'add' && (
                            <Checkbox
                              size="xs"
                              checked={!leftOut.has(r.row)}
                              onChange={(e) => tick([r.row], e.currentTarget.checked)}
                              aria-label={`Import ${r.name}`}
                              data-testid="import-row-check"
                            />
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={600}>
                            {r.name}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {[r.company, r.connectedOn && `connected ${r.connectedOn}`].filter(Boolean).join(' · ')}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Badge color={ACTION[r.action].color} variant="light">
                            {ACTION[r.action].label}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Stack gap={2}>
                            {r.matchedName && (
                              <Text size="xs">
                                Same person as {r.matchedName} (by {r.matchedBy})
                              </Text>
                            )}
                            {r.fills.length > 0 && (
                              <Text size="xs">Adds: {r.fills.map((f) => (f === 'notes' ? 'notes (confidential)' : f)).join(', ')}</Text>
                            )}
                            {r.conflicts.map((c) => (
                              <Checkbox
                                key={c.key}
                                size="xs"
                                label={`Use “${c.incoming}” for ${c.field} instead of “${c.existing}”`}
                                checked={useIncoming.has(c.key)}
                                onChange={(e) => {
                                  const next = new Set(useIncoming);
                                  if (e.currentTarget.checked) next.add(c.key);
                                  else next.delete(c.key);
                                  setUseIncoming(next);
                                }}
                                data-testid="conflict"
                              />
                            ))}
                          </Stack>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
            )}
            {shownRows.length > drawnRows.length && (
              <Text size="xs" c="dimmed" data-testid="import-rows-drawn">
                Showing the first {drawnRows.length.toLocaleString('en')} of {shownRows.length.toLocaleString('en')}{' '}
                {shownRows.length === 1 ? 'contact' : 'contacts'}; type a name or company above to find the others. Select all and none
                apply to all {shownRows.length.toLocaleString('en')}.
              </Text>
            )}
            {busy && <ImportProgress unit="contacts" />}
            <ModalActions>
              <Button variant="default" onClick={reset}>
                Choose another file
              </Button>
              <Button
                onClick={() => void commit()}
                loading={busy}
                disabled={changes === 0 && useIncoming.size === 0}
                data-testid="confirm-import"
              >
                {changes === 0 && useIncoming.size === 0 ? 'Nothing to import' : 'Import'}
              </Button>
            </ModalActions>
          </>
        )}
      </Stack>
    </Modal>
  );
}
