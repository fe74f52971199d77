import type { ComponentType } from 'react';
import { AdvisorTodayCard } from '../advisor/AdvisorTodayCard';
import { GroupsTodayCard } from '../groups/GroupsTodayCard';

/**
 * Cards other features add to Today, after its own (check-ins, follow-ups, life events,
 * patterns, this week): each renders nothing when it has nothing to say.
 */
export const TODAY_FEATURE_CARDS: readonly ComponentType[] = [GroupsTodayCard, AdvisorTodayCard];
