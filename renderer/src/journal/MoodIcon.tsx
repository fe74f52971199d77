import { MOODS } from './labels';

/** The mood of an entry as its icon, with its word for screen readers; nothing without a mood. */
export function MoodIcon({ mood, size = 16 }: { mood: number | null; size?: number }) {
  const m = mood === null ? undefined : MOODS[mood - 1];
  if (!m) return null;
  return <m.icon size={size} stroke={1.6} aria-label={`Mood: ${m.label}`} role="img" color="var(--mantine-color-dimmed)" />;
}
