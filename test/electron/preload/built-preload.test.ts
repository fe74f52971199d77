// @module-tag build (reads what `npm run build` wrote to out/; `npm run test:fast` leaves it out)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/channels';

// `npm test` builds before it tests; this reads what Electron would load.
const PRELOAD = join(__dirname, '../../../out/preload/index.js');

describe('the built preload', () => {
  test.runIf(existsSync(PRELOAD))('is CommonJS and requires nothing but electron (a sandboxed preload can load nothing else)', () => {
    const src = readFileSync(PRELOAD, 'utf8');
    expect(src).not.toMatch(/^\s*import\s/m);
    expect(src).not.toMatch(/^\s*export\s/m);
    expect(src).not.toMatch(/import\(/);
    const required = [...src.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(required.length).toBeGreaterThan(0);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  test.runIf(existsSync(PRELOAD))('exposes the contract as named methods, with no generic invoke', () => {
    const src = readFileSync(PRELOAD, 'utf8');
    expect(src).toContain('exposeInMainWorld');
    for (const c of CHANNELS) expect(src).toContain(`"${c}"`);
    expect(src).not.toMatch(/invoke\s*:\s*\(?\s*channel/);
    expect(src).not.toMatch(/ZodError|\$ZodType/);
  });

  test('exists (run `npm run build` first)', () => {
    expect(existsSync(PRELOAD)).toBe(true);
  });
});
