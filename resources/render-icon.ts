// Renders resources/icon.svg to resources/icon.png (512 px) in the browser the tests use
// (test/helpers/chromium.ts: COMPEER_CHROMIUM, then the usual install paths).
// Run: npx tsx resources/render-icon.ts
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { locateChromium } from '../test/helpers/chromium';

async function main(): Promise<void> {
  const svg = await readFile(join(__dirname, 'icon.svg'), 'utf8');
  const found = await locateChromium();
  const browser = await chromium.launch({ executablePath: found.executablePath, env: found.env, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', '<svg width="512" height="512" ')}</body></html>`);
  await page.screenshot({ path: join(__dirname, 'icon.png'), omitBackground: true });
  await browser.close();
}
void main();
