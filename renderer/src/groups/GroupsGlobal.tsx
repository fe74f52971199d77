/** Group, goal and opportunity dialogs reachable from anywhere (placeholder until its feature lands). */
export function GroupsGlobal() {
  return null;
}
