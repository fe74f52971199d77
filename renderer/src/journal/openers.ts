import { useEffect } from 'react';

/** What other screens ask of the journal's global sheets (Today, a peer's page, the palette). */
export type JournalRequest = { sheet: 'prep' | 'debrief'; peerId: string | null };

const listeners = new Set<(r: JournalRequest) => void>();

/** Open the prep sheet for a conversation (with a peer, or asking which). */
export function openPrep(peerId: string | null = null): void {
  for (const l of listeners) l({ sheet: 'prep', peerId });
}

/** Open the debrief of a conversation (with a peer, or asking which). */
export function openDebrief(peerId: string | null = null): void {
  for (const l of listeners) l({ sheet: 'debrief', peerId });
}

export function useJournalRequests(cb: (r: JournalRequest) => void): void {
  useEffect(() => {
    listeners.add(cb);
    return () => void listeners.delete(cb);
  }, [cb]);
}
