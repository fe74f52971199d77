import { IconMoodConfuzed, IconMoodEmpty, IconMoodHappy, IconMoodSad, IconMoodSmile } from '@tabler/icons-react';
export { CHANNEL_LABEL, LEARNING_TOPIC_LABEL as TOPIC_LABEL, PURPOSE_LABEL } from '../../../shared/vocabulary-labels';

/** Moods 1 to 5, drawn as icons (emoji depend on the system's fonts). */
export const MOODS = [
  { value: 1, label: 'Low', icon: IconMoodSad },
  { value: 2, label: 'Down', icon: IconMoodConfuzed },
  { value: 3, label: 'Okay', icon: IconMoodEmpty },
  { value: 4, label: 'Good', icon: IconMoodSmile },
  { value: 5, label: 'Great', icon: IconMoodHappy },
] as const;
