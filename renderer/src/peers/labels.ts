import type { CareerStage, MetWhere, PeerStatus, PeerType, Quality, TieKind } from '../../../shared/schema/vocabulary';

export const PEER_TYPE_LABEL: Record<PeerType, string> = {
  industry: 'Industry',
  functional: 'Functional',
  cohort: 'Cohort',
  geographic: 'Geographic',
  interest: 'Interest-based',
  'cross-functional': 'Cross-functional',
};

/** One colour per peer type, used by badges, the map and its legend. */
export const PEER_TYPE_COLOR: Record<PeerType, string> = {
  industry: '#228be6',
  functional: '#12b886',
  cohort: '#fab005',
  geographic: '#fd7e14',
  interest: '#be4bdb',
  'cross-functional': '#e64980',
};
export const UNTYPED_COLOR = '#868e96';

export const STATUS_LABEL: Record<PeerStatus, string> = {
  active: 'Active',
  dormant: 'Dormant',
  archived: 'Archived',
  distance: 'Keeping my distance',
};
export const STAGE_LABEL: Record<CareerStage, string> = {
  early: 'Early career',
  mid: 'Mid career',
  senior: 'Senior',
  lead: 'Lead / executive',
};
export const MET_LABEL: Record<MetWhere, string> = {
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
export const TIE_LABEL: Record<TieKind, string> = {
  'know-each-other': 'Know each other',
  'work-together': 'Work together',
  'same-community': 'Same community',
  introduced: 'I introduced them',
};

export const options = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
