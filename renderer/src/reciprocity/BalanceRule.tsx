import { Anchor, Text } from '@mantine/core';
import { useState } from 'react';
import { BALANCE_RULE, DEFAULT_WINDOW_MONTHS } from '../../../shared/domain/reciprocity';

const RULE = `${BALANCE_RULE} Weights run from 1 (a small favour) to 5 (it changed something). The window is ${DEFAULT_WINDOW_MONTHS} months unless you choose otherwise: give and take evens out over time, and expecting immediate reciprocity is one of the common mistakes in peer relationships.`;

/** The thresholds behind the words, and why the window is long; `folded`: one link that opens it. */
export function BalanceRule({ folded = false }: { folded?: boolean }) {
  const [open, setOpen] = useState(!folded);
  return open ? (
    <Text size="xs" c="dimmed" data-testid="balance-rule">
      {RULE}
    </Text>
  ) : (
    <Anchor component="button" size="xs" w="fit-content" onClick={() => setOpen(true)} aria-expanded={false}>
      How are these words decided?
    </Anchor>
  );
}
