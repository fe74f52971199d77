import type { GroupKind } from '../../schema/vocabulary';

/**
 * Size guidance from "Peer Group Dynamics" (size considerations): deep groups work best with
 * five to eight people; larger networks give broader reach instead. A group counts me too.
 */
export const DEEP_GROUP_MIN = 5;
export const DEEP_GROUP_MAX = 8;

/** Groups meant for deep relationships: structured meetings with an agenda. */
export const DEEP_KINDS: readonly GroupKind[] = ['formal-advisory', 'mastermind'];

export const SIZE_REASON =
  'Peer groups of 5 to 8 people are often the most effective for deep relationships, while larger networks give broader reach.';

export interface SizeGuidance {
  /** members and me */
  people: number;
  /** small / right / large for a deep group; broad for a network or cohort (any size works) */
  fit: 'small' | 'right' | 'large' | 'broad';
  /** one line for the group's page */
  text: string;
  /** why, from the guide */
  reason: string;
}

const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}, you included`;

export function sizeGuidance(kind: GroupKind, memberCount: number): SizeGuidance {
  const n = memberCount + 1;
  if (!DEEP_KINDS.includes(kind)) {
    return {
      people: n,
      fit: 'broad',
      text: `${people(n)}. An informal network or a cohort can be any size: a larger one gives broader reach.`,
      reason: SIZE_REASON,
    };
  }
  if (n < DEEP_GROUP_MIN) {
    return {
      people: n,
      fit: 'small',
      text: `${people(n)}: deep groups work best with ${DEEP_GROUP_MIN} to ${DEEP_GROUP_MAX}. With fewer, one absence leaves too few perspectives to solve problems together; invite ${DEEP_GROUP_MIN - n === 1 ? 'one more peer' : `${DEEP_GROUP_MIN - n} more peers`}.`,
      reason: SIZE_REASON,
    };
  }
  if (n > DEEP_GROUP_MAX) {
    return {
      people: n,
      fit: 'large',
      text: `${people(n)}: deep groups work best with ${DEEP_GROUP_MIN} to ${DEEP_GROUP_MAX}. With more, not everyone gets time to speak at each meeting and trust builds more slowly; consider two smaller groups, or keeping this one as an informal network.`,
      reason: SIZE_REASON,
    };
  }
  return {
    people: n,
    fit: 'right',
    text: `${people(n)}: the size that works best for a deep group (${DEEP_GROUP_MIN} to ${DEEP_GROUP_MAX}).`,
    reason: SIZE_REASON,
  };
}
