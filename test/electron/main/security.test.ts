import { describe, expect, test, vi } from 'vitest';

vi.mock('electron', () => ({ app: { isPackaged: true }, dialog: {}, session: {}, shell: {} }));

const { isTrustedSender } = await import('../../../electron/main/security');

type Sender = Parameters<typeof isTrustedSender>;

const makeWindow = () => {
  const webContents = {};
  return { webContents, isDestroyed: () => false } as unknown as NonNullable<Sender[1]>;
};
const event = (sender: unknown, url: string | null, parent: unknown = null) =>
  ({ sender, senderFrame: url === null ? null : { url, parent } }) as unknown as Sender[0];

describe('IPC sender check', () => {
  const win = makeWindow();
  test('the app window showing the app page is trusted', () => {
    expect(isTrustedSender(event(win.webContents, 'app://compeer/index.html'), win, null)).toBe(true);
  });
  test.each([
    ['another web contents', event({}, 'app://compeer/index.html')],
    ['a page from elsewhere', event(win.webContents, 'https://evil.example/')],
    ['a file page', event(win.webContents, 'file:///tmp/x.html')],
    ['a sub-frame', event(win.webContents, 'app://compeer/index.html', {})],
    ['a destroyed frame', event(win.webContents, null)],
  ])('%s is refused', (_n, e) => {
    expect(isTrustedSender(e, win, null)).toBe(false);
  });
  test('no window, no trust', () => {
    expect(isTrustedSender(event(win.webContents, 'app://compeer/index.html'), null, null)).toBe(false);
  });
});
