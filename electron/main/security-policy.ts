/**
 * The app's security rules as plain functions and constants, with no Electron import, so
 * they are unit-tested against hostile input and the browser harness can serve the
 * renderer under the exact same Content-Security-Policy.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'compeer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Mantine sets CSS variables and style attributes at run time, so styles need
 * 'unsafe-inline'; scripts never do. Nothing may be fetched from anywhere but the app.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * Directives a `<meta http-equiv="Content-Security-Policy">` cannot carry (the CSP spec
 * ignores them there and Chromium logs an error): they stay in the response header only.
 */
export const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'] as const;

/**
 * The same policy as a second layer in renderer/index.html's meta tag (where a static scanner
 * sees it), minus what only a header can say. The file holds a copy of this string, checked
 * by test/electron/main/csp-meta.test.ts in both renderer/index.html and the build.
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !HEADER_ONLY_DIRECTIVES.some((h) => d === h || d.startsWith(`${h} `)))
  .join('; ');

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/** Links the user may open in their browser (after confirming): https only, no credentials. */
export function isAllowedExternalUrl(url: string): boolean {
  const u = parse(url);
  if (!u || u.protocol !== 'https:') return false;
  if (u.username || u.password) return false;
  if (!u.hostname || u.hostname.endsWith('.') || /[\s<>"]/.test(url)) return false;
  return true;
}

/** Is this page one of ours? (senders of IPC, targets of navigation) */
export function isAppUrl(url: string, devServerOrigin: string | null = null): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST) return true;
  return devServerOrigin !== null && u.origin === devServerOrigin;
}

/** The renderer may only load its own files: everything else is blocked. */
export function isAllowedRequest(url: string, devServerOrigin: string | null = null): boolean {
  if (isAppUrl(url, devServerOrigin)) return true;
  const u = parse(url);
  // devtools and data URLs Chromium uses internally for images
  return (
    u !== null &&
    (u.protocol === 'devtools:' ||
      u.protocol === 'data:' ||
      u.protocol === 'blob:' ||
      (devServerOrigin !== null && u.protocol === 'ws:' && u.host === new URL(devServerOrigin).host))
  );
}

/**
 * Map an app:// URL to a file inside the renderer folder, refusing anything that would
 * escape it (.., encoded slashes, absolute paths, other hosts).
 */
export function resolveAppPath(url: string, join: (...p: string[]) => string, root: string): string | null {
  const u = parse(url);
  if (!u || u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) return null;
  if (parts.length === 0) parts.push('index.html');
  return join(root, ...parts);
}
