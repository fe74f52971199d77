import { Text } from '@mantine/core';
import { BALANCE_RULE, DEFAULT_WINDOW_MONTHS } from '../../../shared/domain/reciprocity';

/** The thresholds behind the words, and why the window is long. */
export function BalanceRule() {
  return (
    <Text size="xs" c="dimmed" data-testid="balance-rule">
      {BALANCE_RULE} Weights run from 1 (a small favour) to 5 (it changed something). The window is {DEFAULT_WINDOW_MONTHS} months unless you choose otherwise: give and take evens out over time, and expecting immediate reciprocity is one of the common mistakes in peer relationships.
    </Text>
  );
}
