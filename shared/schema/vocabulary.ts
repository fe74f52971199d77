/** The product's vocabulary, from the guide's headings (DESIGN.md section 2). */

export const PEER_TYPES = ['industry', 'functional', 'cohort', 'geographic', 'interest', 'cross-functional'] as const;
export type PeerType = (typeof PEER_TYPES)[number];

export const QUALITIES = [
  'similarCareerStage',
  'complementarySkills',
  'sharedValues',
  'growthMindset',
  'generousSpirit',
  'differentPerspective',
] as const;
export type Quality = (typeof QUALITIES)[number];

export const MET_WHERE = [
  'professional-association',
  'alumni-network',
  'conference-event',
  'online-community',
  'workplace',
  'training-program',
  'introduction',
  'other',
] as const;
export type MetWhere = (typeof MET_WHERE)[number];

export const VALUE_KINDS = [
  'opportunity',
  'introduction',
  'reference',
  'resource',
  'expertise',
  'feedback',
  'emotional-support',
  'accountability',
  'celebration',
  'collaboration',
] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

export const LEARNING_TOPICS = [
  'industry-trends',
  'compensation-benchmarks',
  'company-culture',
  'career-strategy',
  'skill-development',
  'professional-challenges',
] as const;
export type LearningTopic = (typeof LEARNING_TOPICS)[number];

export const GROUP_KINDS = ['formal-advisory', 'informal-network', 'cohort', 'mastermind'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const CAREER_STAGES = ['early', 'mid', 'senior', 'lead'] as const;
export type CareerStage = (typeof CAREER_STAGES)[number];

export const PEER_STATUSES = ['active', 'dormant', 'archived', 'distance'] as const;
export type PeerStatus = (typeof PEER_STATUSES)[number];

export const TIE_KINDS = ['know-each-other', 'work-together', 'same-community', 'introduced'] as const;
export type TieKind = (typeof TIE_KINDS)[number];

/** Version 3: the interaction log ("Regular Communication", "Mutual Value Exchange"). */
export const INTERACTION_CHANNELS = [
  'call',
  'video',
  'coffee',
  'meal',
  'message',
  'email',
  'event',
  'social',
  'group-meeting',
  'other',
] as const;
export type InteractionChannel = (typeof INTERACTION_CHANNELS)[number];

export const INTERACTION_PURPOSES = ['check-in', 'ask', 'offer', 'celebrate', 'support', 'catch-up', 'other'] as const;
export type InteractionPurpose = (typeof INTERACTION_PURPOSES)[number];

export const EXCHANGE_DIRECTIONS = ['given', 'received'] as const;
export type ExchangeDirection = (typeof EXCHANGE_DIRECTIONS)[number];

/** "Celebration and Support": what happens in a peer's life worth a word from you. */
export const LIFE_EVENT_KINDS = ['new-job', 'promotion', 'launch', 'award', 'setback', 'move', 'personal-milestone', 'birthday'] as const;
export type LifeEventKind = (typeof LIFE_EVENT_KINDS)[number];

/** The reflection journal: one template per kind ("Honest Dialogue", "Be Vulnerable"). */
export const JOURNAL_KINDS = [
  'reflection',
  'dialogue-prep',
  'debrief',
  'vulnerability',
  'weekly-review',
  'goal-review',
  'gratitude',
  'free',
] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];

export const GOAL_STATUSES = ['open', 'done', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** "Share Opportunities" */
export const OPPORTUNITY_KINDS = ['job', 'project', 'event', 'speaking', 'learning', 'client', 'other'] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

export const OPPORTUNITY_STATUSES = ['open', 'shared', 'taken', 'expired'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** Agenda templates for group meetings ("Formal Peer Groups"). */
export const AGENDA_TEMPLATES = ['wins-and-challenges', 'hot-seat', 'accountability-check-in', 'learning-topic'] as const;
export type AgendaTemplate = (typeof AGENDA_TEMPLATES)[number];

/** The advisor's seven kinds ("AI-Enhanced Peer Relationships"), exact names in code and output. */
export const SUGGESTION_KINDS = [
  'peer-identification',
  'group-formation',
  'conversation',
  'opportunity',
  'conflict',
  'evolution',
  'introduction',
] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/** Who "me" is wherever a peer id or the user can stand (facilitators, action-item owners, goal owners). */
export const ME = 'me';
