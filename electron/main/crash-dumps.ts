import type { CrashReporter } from 'electron';

export const CRASH_DUMPS_REFUSED = 'Compeer writes no crash dumps: a minidump holds process memory, and with it decrypted vault text.';

/**
 * Compeer writes no crash dumps (README, "Security model of the app").
 *
 * In Electron 45 Crashpad's handler runs only once `crashReporter.start()` has been called in
 * the main process: until then the main process has no handler, and the renderer, GPU and
 * utility processes (which connect to the main process's handler at launch) have none to
 * connect to, so a crash writes no minidump to the `crashDumps` folder. Compeer never calls
 * `start()`; this makes that a rule rather than a habit: any later attempt (a dependency, a
 * careless change) throws instead of starting a handler that would write process memory to
 * disk. It must run first, before any window or child process exists, because a process
 * launched after `start()` is watched for its whole life and "cannot be disabled once started".
 */
export function refuseCrashDumps(crashReporter: Pick<CrashReporter, 'start'>): void {
  Object.defineProperty(crashReporter, 'start', {
    value: () => {
      throw new Error(CRASH_DUMPS_REFUSED);
    },
    writable: false,
    configurable: false,
  });
}
