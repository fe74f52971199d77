import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_DIRECTIVES, META_CONTENT_SECURITY_POLICY } from '../../../electron/main/security-policy';

/**
 * The CSP is sent as a response header by the app:// handler and written again as a meta tag
 * in renderer/index.html (a second layer, and what a static scanner can see). One policy:
 * the meta must say exactly what the header says, minus what a meta cannot carry.
 */
const SOURCE = join(__dirname, '../../../renderer/index.html');
const BUILT = join(__dirname, '../../../out/renderer/index.html');

const cspMetas = (html: string) =>
  [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi)].map((m) => m[1]);
const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

describe('the policy in the meta tag', () => {
  test('is the header policy without frame-ancestors, which a meta tag cannot carry', () => {
    // worked by hand: the header's 11 directives, of which only frame-ancestors is header-only
    expect(directives(CONTENT_SECURITY_POLICY)).toContain("frame-ancestors 'none'");
    expect(directives(META_CONTENT_SECURITY_POLICY)).toEqual(
      directives(CONTENT_SECURITY_POLICY).filter((d) => d !== "frame-ancestors 'none'"),
    );
    expect(directives(META_CONTENT_SECURITY_POLICY)).toHaveLength(10);
    for (const h of HEADER_ONLY_DIRECTIVES) expect(META_CONTENT_SECURITY_POLICY).not.toContain(h);
  });

  test('renderer/index.html carries it once, before anything it governs', () => {
    const html = readFileSync(SOURCE, 'utf8');
    expect(cspMetas(html)).toEqual([META_CONTENT_SECURITY_POLICY]);
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.search(/<script|<link|<style/));
  });

  test.runIf(existsSync(BUILT))('the built out/renderer/index.html carries it too, before the bundle', { tags: ['build'] }, () => {
    const html = readFileSync(BUILT, 'utf8');
    expect(cspMetas(html)).toEqual([META_CONTENT_SECURITY_POLICY]);
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.search(/<script|<link|<style/));
  });

  test('the build exists (run `npm run build` first)', { tags: ['build'] }, () => {
    expect(existsSync(BUILT)).toBe(true);
  });
});
