import { join } from 'node:path/posix';
import { describe, expect, test } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedExternalUrl,
  isAllowedRequest,
  isAppUrl,
  resolveAppPath,
} from '../../../electron/main/security-policy';

describe('external links', () => {
  test.each([
    ['https://www.linkedin.com/in/ana-silva', true],
    ['https://example.org/path?q=1#x', true],
    ['http://example.org', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['smb://evil/share', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['https://user:pass@example.org', false],
    ['https://', false],
    ['https://example.org/<script>', false],
    ['app://compeer/index.html', false],
    ['  https://example.org', false],
    ['not a url', false],
  ])('%s -> %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed);
  });
});

describe('app pages and requests', () => {
  test.each([
    ['app://compeer/index.html', true],
    ['app://compeer/assets/index.js', true],
    ['app://evil/index.html', false],
    ['app://compeer.evil.com/', false],
    ['https://compeer/', false],
    ['file:///app/index.html', false],
    ['http://localhost:5173/', false],
  ])('isAppUrl(%s) -> %s', (url, ok) => {
    expect(isAppUrl(url)).toBe(ok);
  });

  test('the dev server is trusted only when running from source', () => {
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });

  test.each([
    ['app://compeer/assets/x.js', true],
    ['https://fonts.googleapis.com/css', false],
    ['http://127.0.0.1:8080/', false],
    ['wss://example.org/socket', false],
    ['data:image/png;base64,AAAA', true],
  ])('isAllowedRequest(%s) -> %s', (url, ok) => {
    expect(isAllowedRequest(url)).toBe(ok);
  });
});

describe('serving the renderer', () => {
  const root = '/app/out/renderer';
  test.each([
    ['app://compeer/', '/app/out/renderer/index.html'],
    ['app://compeer/index.html', '/app/out/renderer/index.html'],
    ['app://compeer/assets/a.js?v=1', '/app/out/renderer/assets/a.js'],
    ['app://compeer/../../etc/passwd', '/app/out/renderer/etc/passwd'], // URL parsing already folds ..
    ['app://compeer/%2e%2e/%2e%2e/etc/passwd', '/app/out/renderer/etc/passwd'], // folded by the URL parser, still inside
    ['app://compeer/assets/..%2f..%2fsecret', null],
    ['app://compeer/a%5c..%5csecret', null],
    ['app://compeer/a%00.js', null],
    ['app://compeer/%E0%A4%A', null],
    ['app://other/index.html', null],
    ['file:///etc/passwd', null],
  ])('%s -> %s', (url, expected) => {
    expect(resolveAppPath(url, join, root)).toBe(expected);
  });

  test('the CSP allows no remote code, no inline script, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });
});
