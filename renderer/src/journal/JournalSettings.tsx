/** Settings: journal templates (placeholder until its feature lands). */
export function JournalSettings() {
  return null;
}
