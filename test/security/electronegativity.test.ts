import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { describeFinding, isExplained, scan, type ScanResult } from './scan';

describe('Electronegativity over the sources', () => {
  let r: ScanResult;
  beforeAll(async () => {
    r = await scan();
  }, 120_000);

  test('runs its checks over every file', () => {
    expect(r.checks).toBeGreaterThan(30);
    expect(r.unparsed).toEqual([]);
  });

  test('finds nothing HIGH', () => {
    const high = r.findings.filter((f) => f.severity === 'HIGH').map(describeFinding);
    expect(high).toEqual([]);
  });

  test('every MEDIUM finding is explained by a comment where it is raised', async () => {
    const medium = r.findings.filter((f) => f.severity === 'MEDIUM');
    const unexplained: string[] = [];
    for (const f of medium) if (!(await isExplained(f))) unexplained.push(describeFinding(f));
    expect(unexplained).toEqual([]);
  });

  test('sees the window options and the CSP (what it could not see before)', () => {
    const ids = r.findings.map((f) => f.id);
    for (const id of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'NODE_INTEGRATION_JS_CHECK', 'AUXCLICK_JS_CHECK'])
      expect(ids).not.toContain(id);
    // a CSP it cannot find is reported as "no CSP" at N/A; the one it finds is the meta tag
    expect(r.findings.filter((f) => f.id === 'CSP_GLOBAL_CHECK').map((f) => f.file)).toEqual(['renderer/index.html']);
  });
});

describe('the gate itself', () => {
  test('a window without isolation is HIGH, and a bare MEDIUM is not explained', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'compeer-scan-fixture-'));
    try {
      await mkdir(join(dir, 'electron'));
      await writeFile(join(dir, 'package.json'), JSON.stringify({ devDependencies: { electron: '45.5.0' } }));
      await writeFile(
        join(dir, 'electron', 'main.ts'),
        [
          "import { BrowserWindow, shell } from 'electron';",
          'export const w = new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: true } });',
          'export const open = (u: string) => shell.openExternal(u);',
          '',
        ].join('\n'),
      );
      const r = await scan(dir, ['electron', 'package.json']);
      expect(r.findings.filter((f) => f.severity === 'HIGH').map((f) => f.id)).toContain('CONTEXT_ISOLATION_JS_CHECK');
      const openExternal = r.findings.find((f) => f.id === 'OPEN_EXTERNAL_JS_CHECK');
      expect(openExternal?.severity).toBe('MEDIUM');
      expect(await isExplained(openExternal!, dir)).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
