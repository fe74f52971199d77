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
