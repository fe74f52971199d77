import { app, dialog, session, shell, type BrowserWindow, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { isAllowedExternalUrl, isAllowedRequest, isAppUrl } from './security-policy';

/** Deny permissions, block every request that is not the app's own, and guard new web contents. */
export function hardenSessions(devServerOrigin: string | null): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, devServerOrigin) }));
  app.on('web-contents-created', (_e, contents) => guardContents(contents, devServerOrigin));
}

function guardContents(contents: WebContents, devServerOrigin: string | null): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void confirmExternal(url);
    return { action: 'deny' };
  });
}

/** External links: https only, and only after the user says yes. */
async function confirmExternal(url: string): Promise<void> {
  if (!isAllowedExternalUrl(url)) return;
  const { response } = await dialog.showMessageBox({
    type: 'question',
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: url,
  });
  // Electronegativity OPEN_EXTERNAL_JS_CHECK (MEDIUM, tentative) is raised here and kept:
  // the URL is https only, without credentials (isAllowedExternalUrl, tested against hostile
  // URLs in security-policy.test.ts), and opens only after the user says yes.
  if (response === 0) await shell.openExternal(url);
}

/** IPC is answered only for the app's own window showing the app's own page. */
export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null, devServerOrigin: string | null): boolean {
  if (!window || window.isDestroyed() || event.sender !== window.webContents) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, devServerOrigin);
}
