// @module-tag build (reads what `npm run build` wrote to out/; `npm run test:fast` leaves it out)
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The window's first script (what loads before the unlock screen can paint) holds the vault
 * screens and nothing of the unlocked app: no page, no map or layout, no import code, no
 * editor, no charts, no passphrase dictionaries. Read from the build's chunk report
 * (electron.vite.config.ts), so a static import that drags any of them in fails here.
 */
const REPORT = resolve(__dirname, '../../out/renderer-chunks.json');

interface Chunk {
  file: string;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  css: string[];
  modules: string[];
}

describe('the first script of the window', () => {
  const chunks: Chunk[] = existsSync(REPORT) ? (JSON.parse(readFileSync(REPORT, 'utf8')) as Chunk[]) : [];
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const start = new Set<Chunk>();
  const visit = (c: Chunk | undefined) => {
    if (!c || start.has(c)) return;
    start.add(c);
    c.imports.forEach((f) => visit(byFile.get(f)));
  };
  chunks.filter((c) => c.isEntry && !c.file.includes('worker')).forEach(visit);
  const modules = [...start].flatMap((c) => c.modules);

  test('is built', () => {
    expect(chunks.length, 'no out/renderer-chunks.json: run npm run build first').toBeGreaterThan(0);
    expect(modules).toContain('renderer/src/vault/Unlock.tsx');
  });

  test('holds none of the unlocked app', () => {
    const unwanted = [
      /^renderer\/src\/(shell|peers|network|today|reciprocity|journal|groups|advisor|settings|interactions)\//,
      /node_modules\/(d3-force|d3-quadtree|@codemirror|@lezer|recharts|@mantine\/charts|react-markdown|remark-gfm|@zxcvbn-ts|@tanstack|graphology|minisearch)\//,
      /^electron\/core\/import\//,
    ];
    expect(modules.filter((m) => unwanted.some((u) => u.test(m)))).toEqual([]);
  });

  test('pages, the map and the passphrase meter are chunks loaded when needed', () => {
    const lazy = chunks.filter((c) => !start.has(c)).flatMap((c) => c.modules);
    for (const m of ['renderer/src/shell/AppLayout.tsx', 'renderer/src/network/MapCanvas.tsx', 'renderer/src/peers/PeersPage.tsx'])
      expect(lazy).toContain(m);
  });

  test("carries the styles of the vault screens' components only, not all of Mantine", () => {
    const css = [...start].flatMap((c) => c.css);
    expect(css.length).toBeGreaterThan(0);
    const used = modules.filter((m) => m.includes('@mantine/core/styles/')).map((m) => m.replace(/.*\//, ''));
    expect(used).toContain('Button.css');
    expect(used).toContain('PasswordInput.css');
    for (const notYet of ['Drawer.css', 'Table.css', 'Tabs.css', 'AppShell.css', 'MultiSelect.css']) expect(used).not.toContain(notYet);
  });
});
