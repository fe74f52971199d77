/** Settings: check-in cadence defaults and reminders (placeholder until its feature lands). */
export function InteractionsSettings() {
  return null;
}
