import type {
  CareerStage,
  GoalStatus,
  GroupKind,
  InteractionChannel,
  InteractionPurpose,
  LearningTopic,
  LifeEventKind,
  MetWhere,
  OpportunityKind,
  OpportunityStatus,
  PeerStatus,
  PeerType,
  Quality,
  TieKind,
  ValueKind,
} from './schema/vocabulary';

/**
 * The words shown for each value of the vocabulary (shared/schema/vocabulary.ts): one table
 * per vocabulary, used by every screen, the command line and exports, so a value reads the
 * same wherever it is met. Written to start a sentence; lower-case them mid-sentence.
 */

export const PEER_TYPE_LABEL: Record<PeerType, string> = {
  industry: 'Industry',
  functional: 'Functional',
  cohort: 'Cohort',
  geographic: 'Geographic',
  interest: 'Interest-based',
  'cross-functional': 'Cross-functional',
};

export const PEER_STATUS_LABEL: Record<PeerStatus, string> = {
  active: 'Active',
  dormant: 'Dormant',
  archived: 'Archived',
  distance: 'Keeping my distance',
};

export const CAREER_STAGE_LABEL: Record<CareerStage, string> = {
  early: 'Early career',
  mid: 'Mid career',
  senior: 'Senior',
  lead: 'Lead / executive',
};

export const MET_WHERE_LABEL: Record<MetWhere, string> = {
  'professional-association': 'Professional association',
  'alumni-network': 'Alumni network',
  'conference-event': 'Conference or event',
  'online-community': 'Online community',
  workplace: 'Workplace',
  'training-program': 'Training program',
  introduction: 'Introduced by someone',
  other: 'Other',
};

export const QUALITY_LABEL: Record<Quality, string> = {
  similarCareerStage: 'Similar career stage',
  complementarySkills: 'Complementary skills',
  sharedValues: 'Shared values',
  growthMindset: 'Growth mindset',
  generousSpirit: 'Generous spirit',
  differentPerspective: 'Different perspective',
};

export const TIE_KIND_LABEL: Record<TieKind, string> = {
  'know-each-other': 'Know each other',
  'work-together': 'Work together',
  'same-community': 'Same community',
  introduced: 'I introduced them',
};

/** In the order of their number keys in the Log interaction dialog (1…9, then 0). */
export const CHANNEL_LABEL: Record<InteractionChannel, string> = {
  call: 'Call',
  video: 'Video',
  coffee: 'Coffee',
  meal: 'Meal',
  message: 'Message',
  email: 'Email',
  event: 'Event',
  social: 'Social',
  'group-meeting': 'Group meeting',
  other: 'Other',
};

export const PURPOSE_LABEL: Record<InteractionPurpose, string> = {
  'check-in': 'Check-in',
  ask: 'Ask',
  offer: 'Offer',
  celebrate: 'Celebrate',
  support: 'Support',
  'catch-up': 'Catch-up',
  other: 'Other',
};

/** The guide's "Creating Value in Peer Networks" and "What Peers Provide", as value kinds. */
export const VALUE_KIND_LABEL: Record<ValueKind, string> = {
  opportunity: 'Opportunity',
  introduction: 'Introduction',
  reference: 'Reference',
  resource: 'Resource',
  expertise: 'Expertise or advice',
  feedback: 'Honest feedback',
  'emotional-support': 'Emotional support',
  accountability: 'Accountability',
  celebration: 'Celebration',
  collaboration: 'Collaboration',
};

export const LIFE_EVENT_LABEL: Record<LifeEventKind, string> = {
  'new-job': 'New job',
  promotion: 'Promotion',
  launch: 'Launch',
  award: 'Award',
  setback: 'Setback',
  move: 'Move',
  'personal-milestone': 'Personal milestone',
  birthday: 'Birthday',
};

export const LEARNING_TOPIC_LABEL: Record<LearningTopic, string> = {
  'industry-trends': 'Industry trends',
  'compensation-benchmarks': 'Compensation benchmarks',
  'company-culture': 'Company culture',
  'career-strategy': 'Career strategy',
  'skill-development': 'Skill development',
  'professional-challenges': 'Professional challenges',
};

export const GROUP_KIND_LABEL: Record<GroupKind, string> = {
  'formal-advisory': 'Formal peer advisory group',
  'informal-network': 'Informal network',
  cohort: 'Cohort',
  mastermind: 'Mastermind',
};

export const GOAL_STATUS_LABEL: Record<GoalStatus, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

export const OPPORTUNITY_KIND_LABEL: Record<OpportunityKind, string> = {
  job: 'Job',
  project: 'Project',
  event: 'Event',
  speaking: 'Speaking',
  learning: 'Learning',
  client: 'Client',
  other: 'Other',
};

export const OPPORTUNITY_STATUS_LABEL: Record<OpportunityStatus, string> = {
  open: 'Open',
  shared: 'Shared',
  taken: 'Taken',
  expired: 'Expired',
};

/** A table as the options of a select or a segmented control, in its order. */
export const labelOptions = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

// a journal entry's kind names masked titles and is searched by, so it lives with the journal's templates
export { JOURNAL_KIND_LABEL } from './domain/journal/templates';
