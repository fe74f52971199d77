import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { CompeerError } from '../../../shared/errors';
import { COLLECTION_NAMES, type VaultDocument } from '../../../shared/schema/document';
import { SEGMENTS_MAGIC, lazySegment } from './body-codec';
import { COMMIT_BYTES, commitAad, encodeCommit, encodeCommitPlain, parseVault } from './format';
import { open as openFrame, seal } from './keys';
import { fsyncDir, ioError, renameWithRetry, yieldToLoop, type VaultFs } from './fs-ops';

const RECORDS_PER_CHUNK = 400;
const RAW_CHUNK = 1 << 20;
const PAD_TO = 4096;
const VERIFY_SLICE = 1 << 20;

/**
 * The document as a segmented body (body-codec.ts) in slices, yielding to the event loop
 * between them, so a whole-file save of a large vault never blocks the main process for long.
 */
export async function* jsonChunks(doc: VaultDocument): AsyncGenerator<string | Buffer> {
  const collections = new Set<string>(COLLECTION_NAMES);
  const singles = Object.keys(doc).filter((k) => !collections.has(k));
  yield `${SEGMENTS_MAGIC}\n{${singles.map((k) => `${JSON.stringify(k)}:${JSON.stringify((doc as Record<string, unknown>)[k])}`).join(',')}}\n`;
  for (const name of COLLECTION_NAMES) {
    // a collection not parsed yet (journal, notes...) goes out as the text it came in: no parse
    const lazy = lazySegment(doc, name);
    if (lazy) {
      yield `#${name}\n`;
      for (let o = 0; o < lazy.raw.length; o += RAW_CHUNK) {
        yield lazy.raw.subarray(o, o + RAW_CHUNK);
        await yieldToLoop();
      }
      yield '\n';
      continue;
    }
    const list = doc[name] as unknown[];
    yield `#${name}\n[`;
    for (let i = 0; i < list.length; i += RECORDS_PER_CHUNK) {
      const part = list
        .slice(i, i + RECORDS_PER_CHUNK)
        .map((r) => JSON.stringify(r))
        .join(',');
      yield i === 0 ? part : `,${part}`;
      await yieldToLoop();
    }
    yield ']\n';
  }
}

/** A whole save asked to stop before it replaced the vault: the temp file is gone, the vault untouched. */
export class SaveStopped extends Error {
  constructor() {
    super('the whole save gave way');
  }
}

/**
 * Write a whole vault file durably (VAULT.md "Saving"): a uniquely named temp file (0600) in
 * the same folder, fsync, read back and verify, then `beforeReplace` (the backup), rename
 * over the target and fsync the folder. On any failure the temp file is removed and the
 * target is untouched. `prefix` is a format-2 prefix (encodePrefix): the two commit blocks
 * after it start at zero committed records. `stop` is asked between slices until the rename:
 * true makes it give up with SaveStopped (the temp file removed, the target untouched).
 */
export async function writeWholeVault(
  fs: VaultFs,
  target: string,
  prefix: Buffer,
  dek: Buffer,
  doc: VaultDocument,
  beforeReplace: () => Promise<void>,
  stop: () => boolean = () => false,
): Promise<{ bytes: number; bodyTag: Buffer }> {
  const check = () => {
    if (stop()) throw new SaveStopped();
  };
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const fh = await fs.open(tmp, 'wx', 0o600);
    created = true;
    let bytes = 0;
    let tag: Buffer;
    try {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', dek, nonce);
      cipher.setAAD(prefix);
      await fh.write(Buffer.concat([prefix, Buffer.alloc(2 * COMMIT_BYTES), nonce, Buffer.alloc(4)]));
      let length = 0;
      for await (const chunk of jsonChunks(doc)) {
        const plain = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        length += plain.length;
        await fh.write(cipher.update(plain));
        check();
      }
      // Padding to 4 KiB: the file's size says less about how much it holds.
      const pad = (PAD_TO - (length % PAD_TO)) % PAD_TO;
      if (pad) await fh.write(cipher.update(Buffer.alloc(pad, 0x20)));
      length += pad;
      cipher.final();
      tag = cipher.getAuthTag();
      await fh.write(tag);
      const len = Buffer.alloc(4);
      len.writeUInt32LE(length, 0);
      const bodyOffset = prefix.length + 2 * COMMIT_BYTES;
      await fh.write(len, 0, 4, bodyOffset + 12);
      // both commit blocks: no change records yet (generations 0 and 1)
      const commits = Buffer.concat(
        [0, 1].map((which) => encodeCommit(seal(dek, encodeCommitPlain(0, BigInt(which)), commitAad(prefix, tag, which)))),
      );
      await fh.write(commits, 0, commits.length, prefix.length);
      await fh.sync();
      bytes = bodyOffset + 16 + length + 16;
    } finally {
      await fh.close();
    }
    await verifyWritten(fs, tmp, prefix, dek, check);
    check();
    await beforeReplace();
    await renameWithRetry(fs, tmp, target);
    created = false;
    await fsyncDir(fs, dirname(target));
    return { bytes, bodyTag: tag };
  } catch (e) {
    if (created) await fs.unlink(tmp).catch(() => undefined);
    if (e instanceof SaveStopped) throw e;
    throw ioError(e, 'save the vault');
  }
}

/** Read the temp file back and check its tag: what is on disk is what we meant to write. */
async function verifyWritten(fs: VaultFs, path: string, prefix: Buffer, dek: Buffer, check: () => void): Promise<void> {
  const buf = await fs.readFile(path);
  const parsed = parseVault(buf);
  const ok =
    parsed.prefix.equals(prefix) &&
    parsed.recordsOffset === buf.length &&
    parsed.commits.every((c, which) => openFrame(dek, c, commitAad(prefix, parsed.body.tag, which)) !== null);
  const d = createDecipheriv('aes-256-gcm', dek, parsed.body.nonce);
  d.setAAD(parsed.prefix);
  d.setAuthTag(parsed.body.tag);
  const ct = parsed.body.ciphertext;
  for (let o = 0; o < ct.length; o += VERIFY_SLICE) {
    d.update(ct.subarray(o, o + VERIFY_SLICE));
    await yieldToLoop();
    check();
  }
  try {
    d.final();
  } catch {
    throw new CompeerError('IO', 'The saved copy did not read back correctly, so it was not used. Your vault on disk is unchanged.');
  }
  if (!ok) throw new CompeerError('IO', 'The saved copy did not read back correctly, so it was not used. Your vault on disk is unchanged.');
}
