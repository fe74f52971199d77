import { Alert, Badge, Button, Group, Menu, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileExport, IconFileImport, IconFolder } from '@tabler/icons-react';
import { strToU8, zipSync } from 'fflate';
import { useRef, useState } from 'react';
import { dayWordsOr } from '../../../shared/date-words';
import { dayOf } from '../../../shared/domain/days';
import { IMPORT_MAX_BYTES, markdownTooLarge } from '../../../shared/import-preview';
import type { MarkdownImportPreview } from '../../../shared/ipc/features/journal.contract';
import { send } from '../data/channel';
import { ImportProgress } from '../peers/ImportProgress';
import { showError } from '../data/ErrorNote';

function download(fileName: string, mime: string, data: BlobPart) {
  const url = URL.createObjectURL(new Blob([data], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Export the journal as Markdown (a zipped folder, one file per entry, or one file); import a folder of Markdown files with a preview. */
export function MarkdownMenu({ onImported }: { onImported: () => Promise<void> }) {
  const folderInput = useRef<HTMLInputElement>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<MarkdownImportPreview | null>(null);
  const [busy, setBusy] = useState(false);

  const exportAs = async (layout: 'folder' | 'single', includeConfidential: boolean) => {
    try {
      const r = await send('journal:exportMarkdown', { layout, includeConfidential });
      const day = dayOf(new Date());
      if (layout === 'single') download(r.files[0]!.path, 'text/markdown', r.files[0]!.text);
      else
        download(
          `compeer-journal-${day}.zip`,
          'application/zip',
          zipSync(Object.fromEntries(r.files.map((f) => [`compeer-journal-${day}/${f.path}`, strToU8(f.text)]))),
        );
      notifications.show({
        message: `Exported ${r.entries} ${r.entries === 1 ? 'entry' : 'entries'} and ${r.notes} ${r.notes === 1 ? 'note' : 'notes'}${r.leftOut ? `; ${r.leftOut} confidential left out` : ''}.`,
      });
    } catch (e) {
      showError(e);
    }
  };

  const read = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setBusy(true);
    try {
      const files = await Promise.all(
        [...list]
          .filter((f) => /\.(md|markdown|txt)$/i.test(f.name))
          .map(async (f) => ({
            name: f.webkitRelativePath || f.name,
            text: await f.text(),
            lastModified: new Date(f.lastModified).toISOString(),
          })),
      );
      if (files.length === 0) throw new Error('There are no Markdown files (.md) there. Nothing was changed.');
      const chars = files.reduce((n, f) => n + f.text.length, 0);
      if (chars > IMPORT_MAX_BYTES) throw new Error(markdownTooLarge(chars));
      setPreview(await send('journal:importPreview', { files }));
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
      if (folderInput.current) folderInput.current.value = '';
      if (filesInput.current) filesInput.current.value = '';
    }
  };

  const commit = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const r = await send('journal:importCommit', { token: preview.token });
      setPreview(null);
      notifications.show({ message: `Imported: ${r.added} added, ${r.updated} updated.` });
      await onImported();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  const count = (a: string) => preview?.items.filter((i) => i.action === a).length ?? 0;

  return (
    <>
      <input
        ref={folderInput}
        type="file"
        hidden
        multiple
        {...{ webkitdirectory: '' }}
        onChange={(e) => void read(e.currentTarget.files)}
        data-testid="import-md-folder"
      />
      <input
        ref={filesInput}
        type="file"
        hidden
        multiple
        accept=".md,.markdown,.txt"
        onChange={(e) => void read(e.currentTarget.files)}
        data-testid="import-md-files"
      />
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" loading={busy} data-testid="markdown-menu">
            Export / Import
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Markdown with front matter · confidential left out</Menu.Label>
          <Menu.Item leftSection={<IconFileExport size={16} />} onClick={() => void exportAs('folder', false)}>
            One file per entry (zipped folder)
          </Menu.Item>
          <Menu.Item leftSection={<IconFileExport size={16} />} onClick={() => void exportAs('single', false)}>
            One file to read or print
          </Menu.Item>
          <Menu.Item color="orange" leftSection={<IconFileExport size={16} />} onClick={() => void exportAs('folder', true)}>
            One file per entry, with confidential entries
          </Menu.Item>
          <Menu.Divider />
          <Menu.Label>From Obsidian, Day One or any Markdown</Menu.Label>
          <Menu.Item leftSection={<IconFolder size={16} />} onClick={() => folderInput.current?.click()}>
            Import a folder…
          </Menu.Item>
          <Menu.Item leftSection={<IconFileImport size={16} />} onClick={() => filesInput.current?.click()}>
            Import files…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={preview !== null} onClose={() => setPreview(null)} title="Import Markdown" size="lg">
        {preview && (
          <Stack gap="sm" data-testid="md-import-preview">
            <Group gap="xs">
              <Badge color="teal">{count('add')} to add</Badge>
              <Badge color="blue">{count('update')} to update</Badge>
              <Badge color="gray">{count('unchanged')} unchanged</Badge>
              {preview.problems.length > 0 && <Badge color="red">{preview.problems.length} not readable</Badge>}
            </Group>
            <Text size="sm" c="dimmed">
              Files without front matter become confidential free-writing entries dated from their name or their last change. Nothing
              changes until you press Import.
            </Text>
            {preview.problems.length > 0 && (
              <Alert color="red" title="These files are left out">
                {preview.problems.slice(0, 10).map((p) => (
                  <Text key={p.file} size="sm">
                    {p.file}: {p.message}
                  </Text>
                ))}
              </Alert>
            )}
            <ScrollArea.Autosize mah={320}>
              <Table striped fz="sm">
                <Table.Tbody>
                  {preview.items.slice(0, 500).map((i) => (
                    <Table.Tr key={i.file}>
                      <Table.Td>{dayWordsOr(i.date, dayOf(new Date()))}</Table.Td>
                      <Table.Td>{i.title || i.file}</Table.Td>
                      <Table.Td>{i.kind}</Table.Td>
                      <Table.Td>
                        {i.action}
                        {i.unknownPeers.length > 0 && (
                          <Text size="xs" c="dimmed">
                            not your peers: {i.unknownPeers.join(', ')}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
            {busy && <ImportProgress unit="files" />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPreview(null)}>
                Cancel
              </Button>
              <Button
                onClick={() => void commit()}
                loading={busy}
                disabled={count('add') + count('update') === 0}
                data-testid="confirm-md-import"
              >
                Import {count('add') + count('update')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
