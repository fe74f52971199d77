/** The prep sheet and debrief, reachable from anywhere (placeholder until its feature lands). */
export function JournalGlobal() {
  return null;
}
