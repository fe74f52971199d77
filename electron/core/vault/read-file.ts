import { createDecipheriv } from 'node:crypto';
import { CompeerError } from '../../../shared/errors';
import { COMMIT_BYTES, parsePrefix, type Frame, type ParsedPrefix } from './format';
import { errno, ioError, type VaultFs } from './fs-ops';

const CHUNK = 8 << 20;
const HEAD_READ = 4096;

const damaged = (why: string) =>
  new CompeerError('DAMAGED', `The vault file is damaged or not a Compeer vault (${why}). Nothing was changed.`);

export interface ReadVault extends ParsedPrefix {
  fileBytes: number;
  commits: Frame[];
  bodyTag: Buffer;
  /** the decrypted body, or null when it does not match its tag */
  body: Buffer | null;
  recordsOffset: number;
  /** the bytes after the body (the change records), in a buffer of their own */
  records: Buffer;
}

/**
 * Read and decrypt a vault file without holding it in memory twice: the header and slots
 * first (checked before any key is derived), then, once `unwrap` has given the data key, the
 * body in chunks, each read while the one before is decrypted, so reading and decrypting a
 * large vault overlap. The whole body is authenticated (GCM) before anything of it is used.
 * Returns null for a missing file.
 */
export async function readVault(fs: VaultFs, path: string, unwrap: (p: ParsedPrefix) => Promise<Buffer>): Promise<ReadVault | null> {
  let fh;
  try {
    fh = await fs.open(path, 'r');
  } catch (e) {
    if (errno(e) === 'ENOENT') return null;
    throw ioError(e, 'read the vault');
  }
  try {
    const size = (await fh.stat()).size;
    const read = async (at: number, length: number, into = Buffer.allocUnsafe(length)) => {
      let got = 0;
      while (got < length) {
        const { bytesRead } = await fh.read(into, got, length - got, at + got);
        if (bytesRead === 0) throw damaged('it is shorter than it says');
        got += bytesRead;
      }
      return into.subarray(0, length);
    };
    const head = await read(0, Math.min(size, HEAD_READ));
    const p = parsePrefix(head);
    const commits: Frame[] = [];
    if (p.layout === 2) {
      if (head.length < p.bodyOffset) throw damaged('the commit blocks are cut short');
      for (let i = 0; i < 2; i++) {
        const o = p.commitOffset + i * COMMIT_BYTES;
        commits.push({
          nonce: Buffer.from(head.subarray(o, o + 12)),
          ciphertext: Buffer.from(head.subarray(o + 12, o + 28)),
          tag: Buffer.from(head.subarray(o + 28, o + 44)),
        });
      }
    }
    if (head.length < p.bodyOffset + 16) throw damaged('the body is cut short');
    const nonce = Buffer.from(head.subarray(p.bodyOffset, p.bodyOffset + 12));
    const length = head.readUInt32LE(p.bodyOffset + 12);
    const bodyStart = p.bodyOffset + 16;
    const recordsOffset = bodyStart + length + 16;
    if (size < recordsOffset) throw damaged('the body is cut short');
    const bodyTag = Buffer.from(await read(bodyStart + length, 16));
    const prefix = Buffer.from(p.prefix);
    const dek = await unwrap({ ...p, prefix });

    const d = createDecipheriv('aes-256-gcm', dek, nonce);
    d.setAAD(prefix);
    d.setAuthTag(bodyTag);
    const plain = Buffer.allocUnsafe(length);
    const buffers = [Buffer.allocUnsafe(Math.min(CHUNK, length)), Buffer.allocUnsafe(Math.min(CHUNK, length))];
    let next = length > 0 ? read(bodyStart, Math.min(CHUNK, length), buffers[0]) : null;
    for (let off = 0, k = 0; off < length; off += CHUNK, k++) {
      const chunk = await next!;
      const after = off + CHUNK;
      next = after < length ? read(bodyStart + after, Math.min(CHUNK, length - after), buffers[(k + 1) % 2]) : null;
      d.update(chunk).copy(plain, off);
    }
    let body: Buffer | null = plain;
    try {
      d.final();
    } catch {
      body = null;
    }
    // a buffer of its own already: no copy
    const records = await read(recordsOffset, size - recordsOffset);
    return { ...p, prefix, fileBytes: size, commits, bodyTag, body, recordsOffset, records };
  } catch (e) {
    throw ioError(e, 'read the vault');
  } finally {
    await fh.close();
  }
}
