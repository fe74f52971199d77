import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AppSettings, EventPayloads, VaultState } from '../../../shared/ipc/contract';
import { onVaultEvent, send } from '../data/channel';
import { firstStateIfArrived, takeFirstState } from './first-state';

/**
 * Where the user is with their vault. The app's screens exist only in the 'unlocked'
 * phase; locking (by hand, idle, suspend, screen lock) returns to 'locked' and the
 * unlocked tree, with all the data it held, is unmounted.
 */
export type Phase =
  | { kind: 'loading' }
  /** the window's first question is on its way: the unlock screen is drawn meanwhile (the usual answer) */
  | { kind: 'starting' }
  | { kind: 'none'; vaultPath: string }
  | { kind: 'locked'; vaultPath: string; reason: EventPayloads['vault:locked']['reason'] | null; notice?: string }
  | { kind: 'show-recovery-code'; code: string; vaultPath: string; first: boolean }
  | { kind: 'unlocked'; state: VaultState; settings: AppSettings; epoch: number };

interface Session {
  phase: Phase;
  /** after create or recovery: show the code, then enter the app */
  showRecoveryCode: (code: string, first: boolean) => void;
  enter: () => Promise<void>;
  lock: () => Promise<void>;
  setSettings: (s: AppSettings) => void;
  /** refetch everything (after a restore) */
  reload: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

let epochCounter = 0;

/** Where the vault is (none, locked, open): the session's own phase, asked on start and after main's events, never a screen's data. */
const vaultState = () => send('vault:state');

/** Not data for a screen: main takes in other devices' changes and tells the screens (vault:changed) when some came. */
const takeInOthersChanges = () => void send('vault:sync').catch(() => undefined);

/** Work that must finish before the user's own lock (an editor saving what was just typed). */
const beforeLock = new Set<() => Promise<void>>();

/** Run `cb` (and wait for it) before the vault is locked from the window; returns a function that stops. */
export function onBeforeLock(cb: () => Promise<void>): () => void {
  beforeLock.add(cb);
  return () => beforeLock.delete(cb);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [phase, setPhase] = useState<Phase>(() => {
    // the first answer is here already (a fast bridge): draw what it says at once
    const known = firstStateIfArrived();
    if (known?.status === 'none') return { kind: 'none', vaultPath: known.vaultPath };
    if (known?.status === 'locked') return { kind: 'locked', vaultPath: known.vaultPath, reason: null, notice: known.notice };
    return { kind: 'starting' };
  });
  // once the session has moved on its own (an unlock typed before the first answer came), that
  // older answer no longer says where the vault is
  const moved = useRef(false);

  const fromState = useCallback(async (state: VaultState, reason: EventPayloads['vault:locked']['reason'] | null = null) => {
    if (state.status === 'none') return setPhase({ kind: 'none', vaultPath: state.vaultPath });
    if (state.status === 'locked') return setPhase({ kind: 'locked', vaultPath: state.vaultPath, reason, notice: state.notice });
    const settings = await send('settings:get');
    epochCounter += 1;
    setPhase({ kind: 'unlocked', state, settings, epoch: epochCounter });
  }, []);

  const enter = useCallback(async () => {
    moved.current = true;
    return fromState(await vaultState());
  }, [fromState]);

  useEffect(() => {
    void (takeFirstState() ?? vaultState()).then((state) => (moved.current ? undefined : fromState(state)));
    // something new to warn about while the vault is open: refresh what the banner shows
    const offWarnings = onVaultEvent('vault:warnings', () => {
      void vaultState().then(
        (state) => setPhase((p) => (p.kind === 'unlocked' && state.status === 'unlocked' ? { ...p, state } : p)),
        () => undefined,
      );
    });
    const offLocked = onVaultEvent('vault:locked', ({ reason }) => {
      moved.current = true;
      // drop the unlocked screens at once, then ask what the lock had to say (a failed save)
      setPhase((p) => ({
        kind: 'locked',
        vaultPath: 'vaultPath' in p ? p.vaultPath : p.kind === 'unlocked' ? p.state.vaultPath : '',
        reason,
      }));
      void vaultState().then(
        (state) => state.status === 'locked' && state.notice && setPhase((p) => (p.kind === 'locked' ? { ...p, notice: state.notice } : p)),
        () => undefined,
      );
    });
    return () => {
      offWarnings();
      offLocked();
    };
  }, [fromState]);

  // a vault shared between devices: what other devices wrote is taken in when the window comes back
  // (main also looks every minute); main tells the screens when something came
  const sharedOpen = phase.kind === 'unlocked' && phase.state.shared === true;
  useEffect(() => {
    if (!sharedOpen) return;
    window.addEventListener('focus', takeInOthersChanges);
    return () => window.removeEventListener('focus', takeInOthersChanges);
  }, [sharedOpen]);

  const session = useMemo<Session>(
    () => ({
      phase,
      showRecoveryCode: (code, first) => {
        moved.current = true;
        setPhase((p) => ({
          kind: 'show-recovery-code',
          code,
          first,
          vaultPath: p.kind === 'unlocked' ? p.state.vaultPath : 'vaultPath' in p ? p.vaultPath : '',
        }));
      },
      enter,
      lock: async () => {
        await Promise.all([...beforeLock].map((f) => f().catch(() => undefined)));
        const state = await send('vault:lock');
        await fromState(state, 'user');
      },
      setSettings: (settings) => setPhase((p) => (p.kind === 'unlocked' ? { ...p, settings } : p)),
      reload: enter,
    }),
    [phase, enter, fromState],
  );

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
