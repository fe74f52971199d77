import { z } from 'zod';
import type { AdvisedSuggestion } from '../../domain/advisor';
import { idSchema, isoDate, safeKey } from '../../schema/document';
import { SUGGESTION_KINDS } from '../../schema/vocabulary';
import { returns, type ContractRow } from '../contract-kit';
import type { ADVISOR_CHANNELS } from './advisor.channels';

export interface AdvisorList {
  today: string;
  /** every suggestion, best first, hidden ones (dismissed, snoozed) marked */
  suggestions: AdvisedSuggestion[];
}

const suggestionId = z.object({ id: safeKey });

/** Input schemas and result types for the offline advisor. */
export const advisorContract = {
  'advisor:list': {
    input: z.object({ kinds: z.array(z.enum(SUGGESTION_KINDS)).max(SUGGESTION_KINDS.length).optional() }).optional(),
    result: returns<AdvisorList>(),
  },
  /** the few for Today: best first, at most one per peer */
  'advisor:today': { input: z.undefined().optional(), result: returns<AdvisedSuggestion[]>() },
  /** the shown suggestions about one peer */
  'advisor:forPeer': { input: z.object({ peerId: idSchema }), result: returns<AdvisedSuggestion[]>() },
  'advisor:dismiss': { input: suggestionId, result: returns<{ ok: true }>() },
  'advisor:snooze': { input: suggestionId.extend({ until: isoDate }), result: returns<{ ok: true }>() },
  'advisor:restore': { input: suggestionId, result: returns<{ ok: true }>() },
} as const satisfies Record<(typeof ADVISOR_CHANNELS)[number], ContractRow>;
