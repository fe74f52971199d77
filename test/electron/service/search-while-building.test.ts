import { MessageChannel } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';
import { isLazyPending } from '../../../electron/core/vault/body-codec';
import { journalEntrySchema, peerSchema } from '../../../shared/schema/document';
import { useTempDirs } from '../../helpers/temp-dir';
import { serviceIn } from '../../helpers/service';
import { PASS } from '../../helpers/vaults';

const tempDir = useTempDirs();
const ENTRIES = 4000;

describe('the search index built after unlock', () => {
  test('calls are answered while it builds, even while a long journal is read; a search waits for it and finds everything', async () => {
    const { session, call } = serviceIn(await tempDir(), undefined, 'vault.compeer');
    try {
      await call('vault:create', { passphrase: PASS });
      const vault = session.requireVault();
      await vault.apply([{ op: 'put', collection: 'peers', record: peerSchema.parse({ id: 'p1', name: 'Ana Silva' }) }]);
      const body = 'we talked about the reorg and the weekly reports, the promotion cycle and the salary band. '.repeat(8);
      for (let i = 0; i < ENTRIES; i += 500) {
        await vault.apply(
          Array.from({ length: 500 }, (_, k) => ({
            op: 'put' as const,
            collection: 'journal' as const,
            record: journalEntrySchema.parse({
              id: `j${i + k}`,
              date: '2025-03-01',
              kind: 'reflection',
              title: i + k === ENTRIES - 1 ? 'Zanzibar plans' : `Entry ${i + k}`,
              body,
              confidential: false,
            }),
          })),
        );
      }
      await session.lock('user', false);

      // calls arrive as the vault thread's port delivers them: one after another, each as the last is answered
      const seen: { journalUnread: boolean; indexed: number; ready: boolean }[] = [];
      const port = new MessageChannel();
      let answering = Promise.resolve();
      let done = false;
      port.port2.on('message', () => {
        if (done) return;
        answering = call('peers:list').then(() => {
          if (!session.unlocked) return;
          const index = session.searchIndex();
          seen.push({ journalUnread: isLazyPending(session.requireVault().data, 'journal'), indexed: index.size, ready: index.ready });
          // from the next turn, as the other thread's next call would come
          if (!index.ready) setImmediate(() => port.port1.postMessage('next'));
        });
      });
      await call('vault:unlock', { passphrase: PASS });
      expect(isLazyPending(session.requireVault().data, 'journal')).toBe(true);
      port.port1.postMessage('next');
      const found = await call<{ results: { id: string }[]; ready: boolean }>('search:query', { query: 'zanzibar' });
      done = true;
      port.port1.close();
      await answering;

      // the search waited for the whole index
      expect(found.ready).toBe(true);
      expect(found.results.map((r) => r.id)).toEqual([`j${ENTRIES - 1}`]);
      // calls were answered before the build ended, and while the journal was still being
      // parsed (in the vault's slices, which the index waits for): the parse no longer holds them
      expect(seen[0]!.ready).toBe(false);
      expect(seen.some((s) => s.journalUnread)).toBe(true);
      expect(session.searchIndex().size).toBe(ENTRIES + 1);
    } finally {
      await session.lock('user', false);
    }
  });
});
