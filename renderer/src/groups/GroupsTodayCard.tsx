/** Today: my action items, goals due a check-in, this week's time against the budget (placeholder until its feature lands). */
export function GroupsTodayCard() {
  return null;
}
