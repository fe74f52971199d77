import { runLayout } from './layout';
import type { LayoutMessage, LayoutRequest } from './layout-protocol';

/** The map's layout off the main thread (layout.ts). */
self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const started = performance.now();
  const post = (m: LayoutMessage) => (self as unknown as Worker).postMessage(m);
  const positions = runLayout(
    e.data,
    (done) => post({ kind: 'progress', done }),
    (start) => post({ kind: 'start', positions: start, ms: performance.now() - started }),
  );
  post({ kind: 'done', positions, ms: performance.now() - started });
};
