/** Settings: agenda templates, goal check-ins, weekly time budget (placeholder until its feature lands). */
export function GroupsSettings() {
  return null;
}
