import { join } from 'node:path';
import { expect, test } from 'vitest';
import { AppSession } from '../../../electron/service/session';
import { TEST_KDF, useTempDirs } from '../../helpers/temp-dir';

const temp = useTempDirs();

test('a wrong recovery code does not lock an open vault; a right one reopens it with a new passphrase', async () => {
  const dir = await temp();
  const events: unknown[] = [];
  const session = new AppSession({ vaultPath: join(dir, 'v.compeer'), kdf: TEST_KDF, emit: (e, p) => void events.push([e, p]) });
  const code = await session.create('first passphrase words');
  await expect(session.unlockWithRecoveryCode('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', 'second passphrase words')).rejects.toMatchObject({
    code: 'WRONG_RECOVERY_CODE',
  });
  expect(session.unlocked).toBe(true);
  expect(events).toEqual([]);
  const next = await session.unlockWithRecoveryCode(code, 'second passphrase words');
  expect(next).not.toBe(code);
  expect(session.unlocked).toBe(true);
  await session.lock('user');
  await session.unlock('second passphrase words');
  expect(session.unlocked).toBe(true);
  await session.lock('user');
});
