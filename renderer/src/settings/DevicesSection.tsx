import { Alert, Badge, Button, Code, Collapse, List, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { momentWords } from '../../../shared/date-words';
import type { DevicesView } from '../../../shared/ipc/contract';
import { plural } from '../../../shared/plural';
import { ErrorNote } from '../data/ErrorNote';
import { useVaultQuery } from '../data/queries';
import { ConflictVersions } from './ConflictVersions';
import { Section } from './Section';
import { ShareVault } from './ShareVault';

type ConflictRow = DevicesView['conflicts'][number];

const KIND_WORDS: Record<ConflictRow['kind'], string> = {
  field: 'changed on two devices; the newer change is kept, the other can be chosen instead',
  text: 'written on two devices; both versions are kept, the newer one is shown',
  deleted: 'deleted on one device and changed on another; it is kept until you choose',
};

/** How a vault comes to be shared: the README's section, in short. */
function HowSharingWorks() {
  return (
    <Text size="sm" component="div" data-testid="how-sharing-works">
      Compeer never talks to the network. To use this vault from several devices, keep it in a folder a sync tool already syncs (Dropbox,
      Syncthing, Nextcloud, iCloud Drive, OneDrive), lock Compeer, and turn it into a shared vault once, on one device, with the
      command-line tool:
      <Code block my="xs">
        compeer devices /path/to/vault.compeer --share
      </Code>
      The vault becomes a folder of encrypted files, one set per device, so the sync tool never has two writers on one file and sees only
      ciphertext and sizes. “Share between devices” above does the same. The same passphrase opens it on every device; sharing gives a new
      recovery code, once. A change made on two devices while apart is kept, both versions, and listed here for you to choose. Compeer then
      unlocks the shared vault as always, on every device (the README, “Several devices: a vault in a synced folder”, says more).
    </Text>
  );
}

/** One change made on two devices at once, in words, and on request its versions to choose from. */
function ConflictItem({ c, names }: { c: ConflictRow; names: Map<string, string> }) {
  const [open, setOpen] = useState(false);
  return (
    <List.Item data-testid="conflict">
      In <b>{c.collection}</b>
      {c.field && (
        <>
          , the field <b>{c.field}</b>
        </>
      )}{' '}
      {KIND_WORDS[c.kind]} ({c.devices.map((d) => names.get(d) ?? d).join(' and ')}; kept: {momentWords(c.keptAt)}).{' '}
      <Button size="compact-xs" variant="subtle" onClick={() => setOpen((x) => !x)} aria-expanded={open} data-testid="see-versions">
        {open ? 'Hide the versions' : 'See the versions and choose'}
      </Button>
      {open && <ConflictVersions conflict={c} />}
    </List.Item>
  );
}

export function DevicesSection() {
  const query = useVaultQuery('vault:devices', undefined);
  const view = query.data ?? null;
  const [explain, setExplain] = useState(false);
  const names = new Map(view?.devices.map((d) => [d.id, d.name]) ?? []);
  return (
    <Section id="devices" title="Devices" description="The devices that write this vault, and the changes made on two of them at once.">
      <ErrorNote error={query.error} onRetry={() => void query.refetch()} />
      {view && !view.shared && (
        <>
          <Text size="sm" data-testid="single-device">
            Only this device writes this vault.
            {view.syncTool && (
              <>
                {' '}
                It is in a folder <b>{view.syncTool}</b> syncs: it can be shared with your other devices through it.
              </>
            )}
          </Text>
          <ShareVault />
          {view.syncTool ? (
            <>
              <Button
                variant="default"
                size="xs"
                w="fit-content"
                onClick={() => setExplain((x) => !x)}
                aria-expanded={explain}
                data-testid="explain-sharing"
              >
                {explain ? 'Hide how sharing works' : 'How sharing works'}
              </Button>
              <Collapse expanded={explain}>
                <HowSharingWorks />
              </Collapse>
            </>
          ) : (
            <HowSharingWorks />
          )}
        </>
      )}
      {view?.shared && (
        <>
          <Table verticalSpacing="xs" data-testid="devices">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Device</Table.Th>
                <Table.Th>Last change</Table.Th>
                <Table.Th>Its changes here</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.devices.map((d) => (
                <Table.Tr key={d.id} data-testid="device">
                  <Table.Td>
                    {d.name}
                    {d.thisDevice && (
                      <Badge ml="xs" size="sm" variant="light">
                        This device
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{d.lastChange ? momentWords(d.lastChange) : 'None yet'}</Table.Td>
                  <Table.Td>{plural(d.changes, 'change')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {view.devices
            .filter((d) => d.behind)
            .map((d) => (
              <Alert key={d.id} color="orange" title={`${d.name} looks older than what this device has seen`} data-testid="device-behind">
                Its files in the shared folder look older than what this device has already seen: the sync tool may have put an older copy
                back, or not finished. Nothing seen here is lost; it comes back when {d.name} opens the vault.
              </Alert>
            ))}
          {view.conflicts.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="no-conflicts">
              Nothing was changed on two devices at once.
            </Text>
          ) : (
            <div data-testid="conflicts">
              <Text size="sm" fw={600}>
                {plural(view.conflicts.length, 'change')} made on two devices at once
              </Text>
              <List size="sm" spacing={4} mt={4}>
                {view.conflicts.map((c) => (
                  <ConflictItem key={`${c.kind} ${c.collection} ${c.id} ${c.field ?? ''}`} c={c} names={names} />
                ))}
              </List>
            </div>
          )}
        </>
      )}
    </Section>
  );
}
