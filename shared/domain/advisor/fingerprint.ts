/**
 * FNV-1a, 32 bits, as 8 hex digits: a short, stable name for a list of facts (suggestion ids
 * and the fingerprint a dismissal keeps). Not a secret and not for security: the same facts
 * always give the same string.
 */
export function fingerprint(parts: readonly (string | number)[]): string {
  let h = 0x811c9dc5;
  const text = parts.join('\u0001');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
