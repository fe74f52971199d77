// Renders resources/icon.svg to resources/icon.png (512 px) in Debian's Chromium.
// Run: npx tsx resources/render-icon.ts
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

async function main(): Promise<void> {
  const svg = await readFile(join(__dirname, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', '<svg width="512" height="512" ')}</body></html>`);
  await page.screenshot({ path: join(__dirname, 'icon.png'), omitBackground: true });
  await browser.close();
}
void main();
