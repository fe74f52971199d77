import type { ComponentType } from 'react';
import { GroupsGlobal } from '../groups/GroupsGlobal';
import { InteractionsGlobal } from '../interactions/InteractionsGlobal';
import { JournalGlobal } from '../journal/JournalGlobal';

/**
 * Mounted once in the unlocked app, whatever the page: dialogs reachable from anywhere
 * (for example "Log interaction") and their shortcuts. Each feature exports an opener
 * from its own folder for other screens to call.
 */
export const GLOBAL_MOUNTS: readonly ComponentType[] = [InteractionsGlobal, JournalGlobal, GroupsGlobal];
