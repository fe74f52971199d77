import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseGoogleCsv } from '../../electron/core/import/contacts-csv';
import { parseCsv } from '../../electron/core/import/csv';
import { readImportFile } from '../../electron/core/import/read-file';
import { AppSession } from '../../electron/service/session';
import { dispatch } from '../../electron/service/dispatch';
import { createHandlers } from '../../electron/service/handlers';
import { TEST_KDF } from '../helpers/kdf';
import { IMPORT_MAX_CONTACTS } from '../../shared/import-preview';
import { linkedInCsv, softBreakCard, wideGoogleCsv } from '../helpers/hostile-files';

const utf8 = (s: string) => new TextEncoder().encode(s);
const time = (fn: () => unknown) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

/**
 * The files that were quadratic (100,000 e-mail columns; 100,000 quoted-printable soft
 * breaks), and the largest import the app takes (at the contacts cap) through its real preview handler: how long
 * it takes and the longest stretch the main process could not answer anything else.
 */
export async function benchHostileImports(): Promise<{
  wideCsvParseMs: number;
  wideCsvRefuseMs: number;
  softBreaksMs: number;
  bigCsvMb: number;
  bigCsvRows: number;
  bigPreviewMs: number;
  bigPreviewMaxBlockMs: number;
}> {
  const wide = wideGoogleCsv(100_000);
  // parsed whole with the column cap lifted (the linear parser), and as the app answers it (refused at the cap)
  const wideCsvParseMs = time(() => parseGoogleCsv(parseCsv(wide, ',', Infinity)));
  const wideCsvRefuseMs = time(() => {
    try {
      readImportFile(utf8(wide), 'wide.csv');
    } catch {
      // refused with a message: that is what is timed
    }
  });
  const card = utf8(softBreakCard(100_000));
  const softBreaksMs = time(() => readImportFile(card, 'card.vcf'));

  // the most contacts one file may bring (more are refused with the cap named)
  const rows = IMPORT_MAX_CONTACTS;
  const big = utf8(linkedInCsv(rows));
  const dir = await mkdtemp(join(tmpdir(), 'compeer-bench-bigimport-'));
  try {
    const session = new AppSession({ vaultPath: join(dir, 'v.compeer'), kdf: TEST_KDF, emit: () => undefined });
    const handlers = createHandlers(session);
    await dispatch(handlers, 'vault:create', { passphrase: 'bench pass words' });
    // the longest gap between ticks of a 1 ms timer: how long nothing else could have run
    let last = performance.now();
    let maxGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
    }, 1);
    await new Promise((r) => setTimeout(r, 20));
    const t0 = performance.now();
    const r = await dispatch(handlers, 'import:preview', { fileName: 'Connections.csv', bytes: big });
    const bigPreviewMs = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 5));
    clearInterval(ticker);
    if (!r.ok) throw new Error(r.error.message);
    await session.lock('user');
    return {
      wideCsvParseMs,
      wideCsvRefuseMs,
      softBreaksMs,
      bigCsvMb: big.byteLength / 1024 / 1024,
      bigCsvRows: rows,
      bigPreviewMs,
      bigPreviewMaxBlockMs: maxGap,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
