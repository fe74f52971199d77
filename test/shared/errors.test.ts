import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { CompeerError, schemaProblem } from '../../shared/errors';

describe('CompeerError.toInfo', () => {
  test('carries details only when there are some, as plain data that survives IPC', () => {
    expect(new CompeerError('LOCKED', 'The vault is locked.').toInfo()).toStrictEqual({ code: 'LOCKED', message: 'The vault is locked.' });
    const details = { foreign: true, lockHost: 'studio-mac', lockPid: 4242, lockSince: '2024-05-01T08:30:00.000Z' };
    const info = new CompeerError('IN_USE', 'In use on another computer.', { details }).toInfo();
    expect(structuredClone(info)).toStrictEqual({ code: 'IN_USE', message: 'In use on another computer.', details });
  });
});

describe('schemaProblem: the first problem a schema found, in plain words', () => {
  const schema = z.object({ name: z.string().max(3), tags: z.array(z.string()) });
  const problem = (v: unknown) => {
    const r = schema.safeParse(v);
    if (r.success) throw new Error('expected a problem');
    return r.error;
  };

  test('the place, then what is wrong', () => {
    expect(schemaProblem(problem({ name: 'Ana', tags: ['a', 1] }))).toMatch(/^tags\.1: /);
    expect(schemaProblem(problem({ name: 'Anabel', tags: [] }), { within: 'peers[3]' })).toMatch(/^peers\[3\]\.name: /);
  });

  test('a problem with the whole value: named when asked, else the message alone', () => {
    const whole = problem(42);
    const message = whole.issues[0]!.message;
    expect(schemaProblem(whole)).toBe(message);
    expect(schemaProblem(whole, { whole: 'record' })).toBe(`record: ${message}`);
    expect(schemaProblem(whole, { within: 'settings' })).toBe(`settings: ${message}`);
  });

  test('a symbol in the path is written, not thrown', () => {
    const key = Symbol('odd');
    expect(schemaProblem({ issues: [{ path: ['a', key, 0], message: 'bad' }] })).toBe('a.Symbol(odd).0: bad');
    expect(schemaProblem({ issues: [] })).toBe('invalid');
  });
});
