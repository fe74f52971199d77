import { describe, expect, test } from 'vitest';
import { CompeerError } from '../../shared/errors';

describe('CompeerError.toInfo', () => {
  test('carries details only when there are some, as plain data that survives IPC', () => {
    expect(new CompeerError('LOCKED', 'The vault is locked.').toInfo()).toStrictEqual({ code: 'LOCKED', message: 'The vault is locked.' });
    const details = { foreign: true, lockHost: 'studio-mac', lockPid: 4242, lockSince: '2024-05-01T08:30:00.000Z' };
    const info = new CompeerError('IN_USE', 'In use on another computer.', { details }).toInfo();
    expect(structuredClone(info)).toStrictEqual({ code: 'IN_USE', message: 'In use on another computer.', details });
  });
});
