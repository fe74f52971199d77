import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { BrowserWindow, Notification, app, crashReporter, ipcMain, powerMonitor, protocol, shell } from 'electron';
import { CHANNELS, type EventName } from '../../shared/ipc/channels';
import { isChange } from '../../shared/ipc/changes';
import type { EventPayloads } from '../../shared/ipc/contract';
import { refuseCrashDumps } from './crash-dumps';
import type { ReminderState } from '../../shared/domain/reminders';
import { startReminders } from './reminders';
import { vaultPathFor } from './paths';
import { afterVaultCall } from './show-folder';
import { hardenSessions, isTrustedSender } from './security';
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY, resolveAppPath } from './security-policy';
import { VaultHost } from './vault-host';

// First, before any window or child process exists: no crash dumps (crash-dumps.ts).
refuseCrashDumps(crashReporter);

const devServerOrigin = !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? new URL(process.env.ELECTRON_RENDERER_URL).origin : null;
const rendererRoot = join(__dirname, '../renderer');
const IDLE_CHECK_MS = 15_000;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let win: BrowserWindow | null = null;
  const emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => {
    if (win && !win.isDestroyed()) win.webContents.send(event, payload);
  };
  // The vault, its keys and every handler live in a worker thread (electron/service/worker.ts): this
  // thread only checks who is calling and routes the message, so it never waits on a parse.
  const vault = new VaultHost({
    entry: join(__dirname, 'vault-worker.js'),
    config: {
      vaultPath: vaultPathFor(app.getPath('userData')),
      samplePath: join(app.getPath('userData'), 'sample', 'sample.compeer'),
      dataDir: app.getPath('userData'),
    },
    onEvent: emit,
  });
  // Windows shows notifications only for an app with a user model id (the installer's appId)
  if (process.platform === 'win32') app.setAppUserModelId('app.compeer.desktop');

  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  void app.whenReady().then(() => {
    hardenSessions(devServerOrigin);
    protocol.handle(APP_SCHEME, async (request) => {
      const file = resolveAppPath(request.url, join, rendererRoot);
      if (!file) return new Response('Not found', { status: 404 });
      try {
        const body = await readFile(file);
        return new Response(body, {
          headers: {
            'content-type': MIME[extname(file)] ?? 'application/octet-stream',
            'content-security-policy': CONTENT_SECURITY_POLICY,
          },
        });
      } catch {
        return new Response('Not found', { status: 404 });
      }
    });

    for (const channel of CHANNELS) {
      ipcMain.handle(channel, (event, input: unknown) => {
        if (!isTrustedSender(event, win, devServerOrigin)) {
          return { ok: false, error: { code: 'FORBIDDEN', message: 'This request did not come from Compeer.' } };
        }
        return vault.invoke(channel, input).then((result) => {
          if (result.ok && isChange(channel)) emit('vault:changed', { channel });
          return afterVaultCall(channel, result, shell);
        });
      });
    }

    // Lock on suspend, on screen lock, and after the idle minutes the user chose.
    powerMonitor.on('suspend', () => void vault.control({ action: 'lock', reason: 'suspend' }));
    powerMonitor.on('lock-screen', () => void vault.control({ action: 'lock', reason: 'screen-lock' }));
    setInterval(() => void vault.control({ action: 'checkIdle', idleSeconds: powerMonitor.getSystemIdleTime() }), IDLE_CHECK_MS);

    // The daily check-in reminder (off unless turned on in Settings): a count, names only if chosen.
    // The vault thread answers (null while locked or not started); this thread only shows.
    startReminders({
      getDueSummary: async () => {
        const r = await vault.control({ action: 'reminderSummary', now: new Date().toISOString() });
        return r.ok ? (r.value as ReminderState | null) : null;
      },
      markSent: async (day) => {
        await vault.control({ action: 'markReminded', day });
      },
      show: ({ title, body }) => {
        if (!Notification.isSupported()) return;
        const n = new Notification({ title, body });
        n.on('click', () => {
          if (win?.isMinimized()) win.restore();
          win?.show();
          win?.focus();
        });
        n.show();
      },
      now: () => new Date(),
    });

    win = new BrowserWindow({
      width: 1200,
      height: 800,
      minWidth: 880,
      minHeight: 600,
      show: false,
      title: 'Compeer',
      backgroundColor: '#1a1b1e',
      // Written out here, not built by a helper, so a scanner (Electronegativity, npm test)
      // sees them at the call; test/electron/main/index.test.ts checks what the window gets.
      webPreferences: {
        // Electronegativity PRELOAD_JS_CHECK (MEDIUM) is raised here and kept: the preload is the
        // app's own bundle, sandboxed, exposing only the contract's named methods through
        // contextBridge (test/electron/preload checks the built file requires nothing else).
        preload: join(__dirname, '../preload/index.js'),
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        spellcheck: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        // a middle click would ask for a new window (refused anyway by setWindowOpenHandler)
        disableBlinkFeatures: 'Auxclick',
        devTools: !app.isPackaged,
      },
    });
    win.once('ready-to-show', () => win?.show());
    win.on('closed', () => {
      win = null;
    });
    void win.loadURL(devServerOrigin ? process.env.ELECTRON_RENDERER_URL! : `${APP_ORIGIN}/index.html`);
    vault.warm();
  });

  // Save and close the vault before quitting: the last change is compacted and backed up.
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting || !vault.running) return;
    event.preventDefault();
    quitting = true;
    void vault.shutdown().finally(() => app.quit());
  });
  app.on('window-all-closed', () => app.quit());
}
