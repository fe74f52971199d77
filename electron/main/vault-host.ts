import { Worker } from 'node:worker_threads';
import type { EventName } from '../../shared/ipc/channels';
import type { EventPayloads } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import type { Control, FromWorker, ToWorker, WorkerConfig } from '../service/protocol';

export interface HostOptions {
  /** the worker's script: the built out/main/vault-worker.js, or the TypeScript source under tsx */
  entry: string;
  execArgv?: string[];
  config: WorkerConfig;
  /** events for the window (the vault locked...) */
  onEvent: <E extends EventName>(event: E, payload: EventPayloads[E]) => void;
}

export const WORKER_STOPPED =
  "Compeer's vault thread stopped unexpectedly, so the vault was locked. Your vault file is intact: every change Compeer confirmed is saved in it. Unlock it to go on.";

/**
 * The main thread's side of the vault worker: it starts the worker on first use, numbers
 * each call, routes results and events, and never blocks on what the worker does. If the
 * worker dies (a crash, an out-of-memory), every call in flight is answered with a plain
 * error, the window is told the vault locked, and the next call starts a fresh worker,
 * which reads the vault from disk again (it is never written by this side).
 */
export class VaultHost {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, (r: IpcResult<unknown>) => void>();
  private nextId = 1;
  private stopping = false;

  constructor(private readonly opts: HostOptions) {}

  /** A call from the window, as it came: the worker validates it against the contract. */
  invoke(channel: string, input: unknown): Promise<IpcResult<unknown>> {
    return this.send((id) => ({ kind: 'invoke', id, channel, input }), true);
  }

  /** Something only main asks (idle check, lock on suspend); a worker not started has nothing to lock. */
  control(control: Control): Promise<IpcResult<unknown>> {
    return this.send((id) => ({ kind: 'control', id, control }), false);
  }

  /**
   * Start the thread now, before any call: it loads its code while the window loads, so the
   * window's first call (the vault's state, which the unlock screen waits for) does not.
   */
  warm(): void {
    if (!this.worker) this.start();
  }

  get running(): boolean {
    return this.worker !== null;
  }

  /** Lock (saving everything) and stop the worker: on quit. */
  async shutdown(): Promise<void> {
    const w = this.worker;
    if (!w) return;
    await this.control({ action: 'shutdown' });
    this.stopping = true;
    await w.terminate();
    this.worker = null;
    this.stopping = false;
  }

  private send(message: (id: number) => ToWorker, start: boolean): Promise<IpcResult<unknown>> {
    const w = this.worker ?? (start ? this.start() : null);
    if (!w) return Promise.resolve({ ok: true, value: null });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      w.postMessage(message(id));
    });
  }

  private start(): Worker {
    const w = new Worker(this.opts.entry, { workerData: this.opts.config, execArgv: this.opts.execArgv ?? [] });
    w.on('message', (m: FromWorker) => {
      if (m.kind === 'result') {
        const resolve = this.pending.get(m.id);
        this.pending.delete(m.id);
        resolve?.(m.result);
      } else if (m.kind === 'event') {
        this.opts.onEvent(m.event, m.payload);
      }
    });
    // an uncaught error ends the worker too: 'exit' follows and does the rest
    w.on('error', () => undefined);
    w.on('exit', () => {
      if (this.worker !== w) return;
      this.worker = null;
      if (this.stopping) return;
      this.stopped();
    });
    this.worker = w;
    return w;
  }

  private stopped(): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const resolve of waiting) resolve({ ok: false, error: { code: 'LOCKED', message: WORKER_STOPPED } });
    this.opts.onEvent('vault:locked', { reason: 'stopped' });
  }
}
