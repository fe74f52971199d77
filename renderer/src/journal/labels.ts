import type { InteractionChannel, InteractionPurpose, LearningTopic } from '../../../shared/schema/vocabulary';

export const TOPIC_LABEL: Record<LearningTopic, string> = {
  'industry-trends': 'Industry trends',
  'compensation-benchmarks': 'Compensation benchmarks',
  'company-culture': 'Company culture',
  'career-strategy': 'Career strategy',
  'skill-development': 'Skill development',
  'professional-challenges': 'Professional challenges',
};

export const MOODS = [
  { value: 1, label: 'Low', emoji: '😞' },
  { value: 2, label: 'Down', emoji: '😕' },
  { value: 3, label: 'Okay', emoji: '😐' },
  { value: 4, label: 'Good', emoji: '🙂' },
  { value: 5, label: 'Great', emoji: '😄' },
] as const;

export const moodEmoji = (m: number | null) => (m === null ? '' : (MOODS[m - 1]?.emoji ?? ''));

export const CHANNEL_LABEL: Record<InteractionChannel, string> = {
  call: 'Call',
  video: 'Video call',
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
  ask: 'I asked for something',
  offer: 'I offered something',
  celebrate: 'Celebrate',
  support: 'Support',
  'catch-up': 'Catch-up',
  other: 'Other',
};
