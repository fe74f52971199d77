import { Timestamp } from '@actual-app/crdt';

/**
 * Hybrid logical clocks in Actual Budget's format (@actual-app/crdt's Timestamp: ISO time,
 * a 4-hex-digit counter and a 16-hex-digit node, a 46-character string whose text order is
 * the clock's total order, node included). Its own send/recv keep one clock per process and
 * read Date.now(), and throw when another device's clock runs more than five minutes ahead;
 * a vault must open whatever a laptop's clock said, and tests run several devices in one
 * process with `now` passed in, so the same rule is applied here to a clock per device.
 */
const MAX_COUNTER = 0xffff;

export type Hlc = string;

export const isDeviceId = (s: string): boolean => /^[0-9A-F]{16}$/.test(s);

export class DeviceClock {
  private millis = 0;
  private counter = 0;

  constructor(readonly node: string) {
    if (!isDeviceId(node)) throw new Error('a device id is 16 hex digits');
  }

  /** A new timestamp for a change made here, after everything this clock has seen. */
  send(now: number): Hlc {
    if (now > this.millis) {
      this.millis = now;
      this.counter = 0;
    } else if (this.counter < MAX_COUNTER) {
      this.counter += 1;
    } else {
      // the counter is spent within one millisecond: move the logical time on
      this.millis += 1;
      this.counter = 0;
    }
    return new Timestamp(this.millis, this.counter, this.node).toString();
  }

  /** Take in a timestamp seen in another device's change, so later changes here sort after it. */
  recv(ts: Hlc): void {
    const t = Timestamp.parse(ts);
    if (!t) return;
    if (t.millis() > this.millis || (t.millis() === this.millis && t.counter() > this.counter)) {
      this.millis = t.millis();
      this.counter = t.counter();
    }
  }
}

/** A well-formed timestamp in the collatable format, or null. */
export function parseHlc(ts: unknown): Hlc | null {
  if (typeof ts !== 'string' || ts.length !== 46) return null;
  const t = Timestamp.parse(ts);
  return t && isDeviceId(t.node()) ? ts : null;
}

export const millisOf = (ts: Hlc): number => Timestamp.parse(ts)?.millis() ?? 0;
export const nodeOf = (ts: Hlc): string => ts.slice(30);
