import { Anchor, Text } from '@mantine/core';
import { useState } from 'react';
import { BALANCE_RULE, DEFAULT_WINDOW_MONTHS, type WindowChoice } from '../../../shared/domain/reciprocity';
import { plural } from '../../../shared/plural';

const WHY_LONG =
  'give and take evens out over time, and expecting immediate reciprocity is one of the common mistakes in peer relationships.';

/** The rule in words, for the window on screen: the default said as the default, another choice said as chosen. */
export function balanceRuleText(choice: WindowChoice): string {
  const looking =
    choice === DEFAULT_WINDOW_MONTHS
      ? `You are looking at ${DEFAULT_WINDOW_MONTHS} months, the default: ${WHY_LONG}`
      : `You are looking at ${choice === 'all' ? 'everything logged' : plural(choice, 'month')}; the default is ${DEFAULT_WINDOW_MONTHS} months, because ${WHY_LONG}`;
  return `${BALANCE_RULE} Weights run from 1 (a small favour) to 5 (it changed something). ${looking}`;
}

/** The thresholds behind the words, and why the window is long; `folded`: one link that opens it. */
export function BalanceRule({ choice, folded = false }: { choice: WindowChoice; folded?: boolean }) {
  const [open, setOpen] = useState(!folded);
  return open ? (
    <Text size="xs" c="dimmed" data-testid="balance-rule">
      {balanceRuleText(choice)}
    </Text>
  ) : (
    <Anchor component="button" size="xs" w="fit-content" onClick={() => setOpen(true)} aria-expanded={false}>
      How are these words decided?
    </Anchor>
  );
}
