/** The Log interaction dialog, reachable from anywhere (placeholder until its feature lands). */
export function InteractionsGlobal() {
  return null;
}
