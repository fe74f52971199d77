import { formatMinutes, usualMinutes, type ChannelMinutes } from '../../../shared/domain/groups/boundaries';
import type { InteractionChannel } from '../../../shared/schema/vocabulary';
import { OneKeyChoice } from './OneKeyChoice';

/** The lengths offered with one key each; "usual" (no length of its own) counts at its channel's usual length. */
const LENGTHS = [15, 30, 45, 60, 90, 120] as const;

/**
 * "How long", for the weekly time budget: one key picks a length, and the first choice, the
 * usual length of the channel (the time budget's setting), needs no key at all.
 * `value` is minutes, or null for the usual length.
 */
export function DurationChoice({
  value,
  onChange,
  channel,
  own,
}: {
  value: number | null;
  onChange: (minutes: number | null) => void;
  channel: InteractionChannel;
  /** the person's own usual lengths (settings.channelMinutes) */
  own: ChannelMinutes | undefined;
}) {
  const lengths: number[] = [...LENGTHS];
  // an interaction logged with another length keeps it as a choice of its own
  if (value !== null && !lengths.includes(value)) lengths.push(value);
  // keys that are not numbers: an object lists number-like keys first, and "usual" must lead
  const labels: Record<string, string> = { usual: `Usual, ${formatMinutes(usualMinutes(own)[channel])}` };
  for (const n of lengths.sort((a, b) => a - b)) labels[`m${n}`] = formatMinutes(n);
  return (
    <OneKeyChoice
      label="How long"
      value={value === null ? 'usual' : `m${value}`}
      onChange={(k) => onChange(k === 'usual' ? null : Number(k.slice(1)))}
      labels={labels}
      testId="log-duration"
    />
  );
}
