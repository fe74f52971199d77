import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { settled } from './helpers';

/** axe-core's own script, evaluated through the test driver: the page's CSP stays as the app sets it. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  rule: string;
  impact: string;
  /** the first few elements, as axe names them */
  targets: string[];
  count: number;
}

/**
 * Serious and critical violations of WCAG 2.1 A/AA and axe's best practices on the whole
 * page as it is now (what the audit counted).
 */
export async function axeProblems(page: Page): Promise<AxeFinding[]> {
  await settled(page);
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Node = { target: string[]; any: { data?: { fgColor?: string; bgColor?: string; contrastRatio?: number } | null }[] };
    type Result = { violations: { id: string; impact: string | null; nodes: Node[] }[] };
    // a contrast failure names its colours, so the theme token at fault can be found
    const colours = (n: Node) => {
      const d = n.any[0]?.data;
      return d?.fgColor ? ` [${d.fgColor} on ${d.bgColor} ${d.contrastRatio}:1]` : '';
    };
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<Result> } }).axe;
    const r = await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      resultTypes: ['violations'],
    });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        rule: v.id,
        impact: v.impact!,
        targets: v.nodes.slice(0, v.id === 'color-contrast' ? 60 : 4).map((n) => n.target.join(' ') + colours(n)),
        count: v.nodes.length,
      }));
  });
}
