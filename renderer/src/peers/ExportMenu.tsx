import { Button, Menu } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { send } from '../data/channel';
import { download } from '../download';
import { showError } from '../data/ErrorNote';

export function ExportMenu() {
  const run = async (format: 'csv' | 'vcard' | 'json', includeConfidential = false) => {
    try {
      const r = await send('export:peers', { format, includeConfidential });
      download(r.fileName, r.mime, r.text);
    } catch (e) {
      showError(e);
    }
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />}>
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Confidential notes are left out</Menu.Label>
        <Menu.Item onClick={() => void run('csv')}>Peers as CSV (spreadsheet)</Menu.Item>
        <Menu.Item onClick={() => void run('vcard')}>Peers as vCard (contacts apps)</Menu.Item>
        <Menu.Item onClick={() => void run('json')}>Whole vault as JSON</Menu.Item>
        <Menu.Divider />
        <Menu.Item color="orange" onClick={() => void run('json', true)}>
          Whole vault as JSON, with confidential notes
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
