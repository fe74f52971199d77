import { afterAll, describe, expect, test, vi } from 'vitest';
import { CRASH_DUMPS_REFUSED } from '../../../electron/main/crash-dumps';
import { WAIT_MS } from '../../helpers/patience.mts';

/**
 * The main process's entry (electron/main/index.ts) run against a recording stand-in for
 * Electron: what it does first, and the options the window really gets. The vault thread's host
 * is stubbed: it is tested on its own, and this is only about start-up.
 */
const { calls, windows, recorder } = vi.hoisted(() => {
  const calls: string[] = [];
  const windows: { options: Record<string, unknown> }[] = [];
  // logs every property read, call and definition on an Electron module, in order
  const recorder = <T extends object>(name: string, target: T): T =>
    new Proxy(target, {
      get(t, prop, receiver) {
        if (typeof prop === 'string') calls.push(`${name}.${prop}`);
        return Reflect.get(t, prop, receiver) as unknown;
      },
      defineProperty(t, prop, desc) {
        calls.push(`define ${name}.${String(prop)}`);
        return Reflect.defineProperty(t, prop, desc);
      },
    });
  return { calls, windows, recorder };
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { send: () => undefined };
    constructor(options: Record<string, unknown>) {
      calls.push('new BrowserWindow');
      windows.push({ options });
    }
    once() {}
    on() {}
    isDestroyed() {
      return false;
    }
    loadURL() {
      return Promise.resolve();
    }
  }
  const noop = () => undefined;
  return {
    app: recorder('app', {
      isPackaged: true,
      requestSingleInstanceLock: () => true,
      getPath: () => '/nonexistent/compeer-user-data',
      whenReady: () => Promise.resolve(),
      on: noop,
      quit: noop,
    }),
    crashReporter: recorder('crashReporter', {
      start: () => {
        calls.push('crashReporter.start CALLED');
      },
    }),
    protocol: recorder('protocol', { registerSchemesAsPrivileged: noop, handle: noop }),
    ipcMain: recorder('ipcMain', { handle: noop }),
    powerMonitor: recorder('powerMonitor', { on: noop, getSystemIdleTime: () => 0 }),
    session: {
      defaultSession: {
        setPermissionRequestHandler: noop,
        setPermissionCheckHandler: noop,
        setDevicePermissionHandler: noop,
        webRequest: { onBeforeRequest: noop },
      },
    },
    dialog: {},
    shell: {},
    BrowserWindow,
  };
});
vi.mock('../../../electron/main/vault-host', () => ({
  VaultHost: class {
    warm(): void {}
  },
}));

vi.useFakeTimers({ toFake: ['setInterval'] });
afterAll(() => vi.useRealTimers());

const electron = await import('electron');
await import('../../../electron/main/index');
await vi.waitFor(() => expect(windows).toHaveLength(1), { timeout: WAIT_MS });

describe('main process start-up', () => {
  test('refuses crash dumps first, before anything else touches Electron', () => {
    expect(calls[0]).toBe('define crashReporter.start');
    expect(calls.indexOf('app.requestSingleInstanceLock')).toBeGreaterThan(0);
    expect(calls.indexOf('new BrowserWindow')).toBeGreaterThan(0);
  });

  test('after which starting the crash reporter throws, and cannot be put back', () => {
    const { crashReporter } = electron;
    expect(() => crashReporter.start({ uploadToServer: false })).toThrow(CRASH_DUMPS_REFUSED);
    expect(() => {
      (crashReporter as { start: unknown }).start = () => undefined;
    }).toThrow(TypeError);
    expect(calls).not.toContain('crashReporter.start CALLED');
  });

  test('the window is sandboxed and isolated, with no Node and no DevTools when packaged', () => {
    const prefs = windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toEqual({
      preload: expect.stringMatching(/preload[\\/]index\.js$/) as unknown,
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
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });
});
