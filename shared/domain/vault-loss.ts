import type { AcceptedLoss, LossCause } from '../schema/document';

/**
 * Saved changes missing from a vault file, in plain words: one wording for the app's
 * notice, its refusals and the command line.
 */
export interface LossFacts {
  cause: LossCause;
  /** how many; null when it cannot be told */
  missing: number | null;
}

export const savedChanges = (n: number): string => `${n} saved change${n === 1 ? '' : 's'}`;

const WHY: Record<LossCause, string> = {
  cut: 'the file was cut short',
  rollback: 'the file is an older copy of the vault than the newest one saved on this computer',
  'count-unreadable': "the file's count of saved changes is damaged",
};

/** A cause named in an error's details (they cross IPC as plain strings). */
export const isLossCause = (s: unknown): s is LossCause => typeof s === 'string' && Object.hasOwn(WHY, s);

const WHY_PAST: Record<LossCause, string> = {
  cut: 'the file had been cut short',
  rollback: 'an older copy of the file had been put back',
  'count-unreadable': "the file's count of saved changes was damaged",
};

/** "6 saved changes are missing from the vault file: the file was cut short." */
export function lossSentence(l: LossFacts): string {
  if (l.missing === null) {
    return l.cause === 'count-unreadable'
      ? `Saved changes may be missing from the vault file: ${WHY[l.cause]}, so Compeer cannot tell how many.`
      : `Saved changes are missing from the vault file (Compeer cannot tell how many): ${WHY[l.cause]}.`;
  }
  return `${savedChanges(l.missing)} ${l.missing === 1 ? 'is' : 'are'} missing from the vault file: ${WHY[l.cause]}.`;
}

/** What going on without them means: "the 6 saved changes that were missing". */
export function lostChanges(l: LossFacts): string {
  return l.missing === null
    ? 'the saved changes that may have been missing'
    : `the ${savedChanges(l.missing)} that ${l.missing === 1 ? 'was' : 'were'} missing`;
}

/** The record of a choice, after "on <day>": "you chose to go on without 6 saved changes that were missing (the file had been cut short)". */
export function acceptedSentence(a: AcceptedLoss): string {
  const what =
    a.missing === null
      ? 'saved changes that may have been missing'
      : `${savedChanges(a.missing)} that ${a.missing === 1 ? 'was' : 'were'} missing`;
  return `you chose to go on without ${what} (${WHY_PAST[a.cause]})`;
}
