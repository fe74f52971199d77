import type { ComponentType } from 'react';
import { GroupsSettings } from '../groups/GroupsSettings';
import { TimeBudgetSettings } from '../groups/TimeBudgetSettings';
import { InteractionsSettings } from '../interactions/InteractionsSettings';
import { JournalSettings } from '../journal/JournalSettings';

/** Settings sections that belong to features, each in its own folder. */
export const FEATURE_SETTINGS: readonly ComponentType[] = [InteractionsSettings, JournalSettings, GroupsSettings, TimeBudgetSettings];
