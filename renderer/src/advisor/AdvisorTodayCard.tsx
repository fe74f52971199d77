/** Today: the few most useful suggestions, at most one per peer (placeholder until its feature lands). */
export function AdvisorTodayCard() {
  return null;
}
