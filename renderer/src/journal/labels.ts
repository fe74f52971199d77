import { IconMoodConfuzed, IconMoodEmpty, IconMoodHappy, IconMoodSad, IconMoodSmile } from '@tabler/icons-react';
import type { InteractionChannel, InteractionPurpose, LearningTopic } from '../../../shared/schema/vocabulary';

export const TOPIC_LABEL: Record<LearningTopic, string> = {
  'industry-trends': 'Industry trends',
  'compensation-benchmarks': 'Compensation benchmarks',
  'company-culture': 'Company culture',
  'career-strategy': 'Career strategy',
  'skill-development': 'Skill development',
  'professional-challenges': 'Professional challenges',
};

/** Moods 1 to 5, drawn as icons (emoji depend on the system's fonts). */
export const MOODS = [
  { value: 1, label: 'Low', icon: IconMoodSad },
  { value: 2, label: 'Down', icon: IconMoodConfuzed },
  { value: 3, label: 'Okay', icon: IconMoodEmpty },
  { value: 4, label: 'Good', icon: IconMoodSmile },
  { value: 5, label: 'Great', icon: IconMoodHappy },
] as const;

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
