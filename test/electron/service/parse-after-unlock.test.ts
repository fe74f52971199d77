import { describe, expect, test } from 'vitest';
import { isLazyPending } from '../../../electron/core/vault/body-codec';
import { interactionSchema, peerSchema } from '../../../shared/schema/document';
import { useTempDirs } from '../../helpers/temp-dir';
import { serviceIn } from '../../helpers/service';
import { PASS } from '../../helpers/vaults';

const tempDir = useTempDirs();
const LOGGED = 8000;

describe('the interaction log after unlock', () => {
  test('is parsed in slices: a call that needs it waits for them, and the others are answered meanwhile', async () => {
    const { session, call } = serviceIn(await tempDir(), undefined, 'vault.compeer');
    try {
      await call('vault:create', { passphrase: PASS });
      const vault = session.requireVault();
      await vault.apply([{ op: 'put', collection: 'peers', record: peerSchema.parse({ id: 'p1', name: 'Ana Silva' }) }]);
      for (let i = 0; i < LOGGED; i += 2000) {
        await vault.apply(
          Array.from({ length: 2000 }, (_, k) => ({
            op: 'put' as const,
            collection: 'interactions' as const,
            record: interactionSchema.parse({
              id: `i${i + k}`,
              date: i + k === LOGGED - 1 ? '2025-06-30' : '2025-03-01',
              peerIds: ['p1'],
              summary: 'coffee and a long talk about the reorg, the promotion cycle and the weekly reports',
            }),
          })),
        );
      }
      await vault.compact();
      await session.lock('user', false);

      await call('vault:unlock', { passphrase: PASS });
      const data = session.requireVault().data;
      expect(isLazyPending(data, 'interactions')).toBe(true);
      const order: string[] = [];
      let logUnreadWhenStateAnswered = false;
      const list = call<{ id: string; lastContact?: string | null }[]>('peers:list').then((v) => {
        order.push('peers:list');
        return v;
      });
      const state = call('vault:state').then(() => {
        order.push('vault:state');
        logUnreadWhenStateAnswered = isLazyPending(data, 'interactions');
      });
      const [peers] = await Promise.all([list, state]);
      // the state was answered while the log was still being parsed; the list waited for it
      expect(order).toEqual(['vault:state', 'peers:list']);
      expect(logUnreadWhenStateAnswered).toBe(true);
      expect(isLazyPending(data, 'interactions')).toBe(false);
      expect(data.interactions).toHaveLength(LOGGED);
      expect(peers.map((p) => p.id)).toEqual(['p1']);
      expect(JSON.stringify(peers[0])).toContain('2025-06-30');
    } finally {
      await session.lock('user', false);
    }
  });
});
