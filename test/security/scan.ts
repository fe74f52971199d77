import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import run from '@doyensec/electronegativity';

/**
 * Doyensec's Electronegativity (a dev dependency, pinned) over the app's sources, as an
 * auditor would run it: `electronegativity -i <folder>` on electron/, renderer/, shared/ and
 * package.json. It reads code statically, which is why the window's options are a literal at
 * the `new BrowserWindow` call and the CSP is also a meta tag in renderer/index.html.
 */
export const ROOT = resolve(__dirname, '../..');
export const SCANNED = ['electron', 'renderer', 'shared', 'package.json'];

/**
 * Left out (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK): it downloads Electron's release list from GitHub on every run (no time limit), so
 * its answer changes with the day and needs the network; for Electron in devDependencies it
 * reports INFORMATIONAL at most. Electron's version is pinned in package.json and updated by hand.
 */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

export interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  column: number;
  sample: string;
}

export interface ScanResult {
  checks: number;
  findings: Finding[];
  /** files the scanner could not parse (and so did not check) */
  unparsed: string[];
}

/** Scan a copy of `entries` from `root` (a copy, so node_modules, tests and builds stay out). */
export async function scan(root = ROOT, entries = SCANNED): Promise<ScanResult> {
  const dir = await mkdtemp(join(tmpdir(), 'compeer-scan-'));
  try {
    for (const e of entries) await cp(join(root, e), join(dir, e), { recursive: true });
    const r = await run({
      input: dir,
      isRelative: true,
      excludeFromScan: EXCLUDED_CHECKS.map((c) => c.toLowerCase()) /* its names, not its report ids */,
    });
    return {
      checks: r.globalChecks + r.atomicChecks,
      findings: r.issues.map((i) => ({
        id: i.id,
        severity: i.severity.name,
        confidence: i.confidence.name,
        file: i.file.split('\\').join('/'),
        line: i.location.line,
        column: i.location.column,
        sample: i.sample ?? '',
      })),
      unparsed: r.errors.filter((e) => !e.tolerable).map((e) => `${e.file}: ${e.message}`),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A MEDIUM finding that stays is explained where it is raised: a comment naming the rule
 * within the 6 lines above (or on) the reported line.
 */
export async function isExplained(f: Finding, root = ROOT): Promise<boolean> {
  if (f.file === 'N/A' || f.line < 1) return false;
  const lines = (await readFile(join(root, f.file), 'utf8')).split('\n');
  return lines.slice(Math.max(0, f.line - 7), f.line).some((l) => /\/\/|\/\*|<!--/.test(l) && l.includes(f.id));
}

export const describeFinding = (f: Finding): string => `${f.id} ${f.severity} (${f.confidence}) at ${f.file}:${f.line}:${f.column}`;
