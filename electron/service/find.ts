import { CompeerError } from '../../shared/errors';

/** What the window may ask for by id: the words for it in "That … is no longer in your vault." */
export type Findable =
  | 'peer'
  | 'interaction'
  | 'follow-up'
  | 'life event'
  | 'entry'
  | 'note'
  | 'group'
  | 'meeting'
  | 'goal'
  | 'opportunity'
  | 'action item'
  | 'check-in'
  | 'milestone';

/** The one wording for a record asked for by id that is not there (deleted since the window last looked). */
export const gone = (what: Findable): CompeerError => new CompeerError('NOT_FOUND', `That ${what} is no longer in your vault.`);

/** The record `id` of `list`, or NOT_FOUND "That peer is no longer in your vault." */
export function findOr<T extends { id: string }>(list: readonly T[], id: string, what: Findable): T {
  const found = list.find((x) => x.id === id);
  if (!found) throw gone(what);
  return found;
}

/** Every id names a record of `list`, else INVALID_INPUT "One of the peers of this entry is no longer in your vault." */
export function checkAllIn(list: readonly { id: string }[], ids: readonly string[], what: string): void {
  if (ids.length === 0) return;
  const known = new Set(list.map((x) => x.id));
  if (ids.some((id) => !known.has(id))) throw new CompeerError('INVALID_INPUT', `One of the ${what} is no longer in your vault.`);
}
