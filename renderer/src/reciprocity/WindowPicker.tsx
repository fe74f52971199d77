import { SegmentedControl } from '@mantine/core';
import { WINDOW_CHOICES, type WindowChoice } from '../../../shared/domain/reciprocity';

const LABEL: Record<string, string> = { '3': '3 months', '6': '6 months', '12': '12 months', '24': '24 months', all: 'All' };

/** How far back to look: 3, 6, 12 (the default) or 24 months, or everything. */
export function WindowPicker({
  value,
  onChange,
  size = 'sm',
}: {
  value: WindowChoice;
  onChange: (w: WindowChoice) => void;
  size?: 'xs' | 'sm';
}) {
  return (
    <SegmentedControl
      size={size}
      value={String(value)}
      onChange={(v) => onChange(v === 'all' ? 'all' : (Number(v) as WindowChoice))}
      data={WINDOW_CHOICES.map((c) => ({ value: String(c), label: LABEL[String(c)]! }))}
      aria-label="Window: how far back to look"
      data-testid="window-picker"
    />
  );
}
