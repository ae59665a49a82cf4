/** 32-bit MurmurHash3-style string hash with a seed; pure and platform-independent. */
export function hashToUint32(text: string, seed = 0): number {
  let h = (0x9e3779b9 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    let k = text.charCodeAt(i);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= text.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 64-bit hex digest (two independent 32-bit hashes) of the given parts, order-sensitive. */
export function stableHash(parts: readonly string[]): string {
  const text = parts.map((p) => `${p.length}:${p}`).join("|");
  const a = hashToUint32(text, 0x1234567).toString(16).padStart(8, "0");
  const b = hashToUint32(text, 0x7654321).toString(16).padStart(8, "0");
  return `${a}${b}`;
}

/** A short, stable id like `q-1a2b3c4d5e6f7a8b`. */
export function stableId(prefix: string, parts: readonly string[]): string {
  return `${prefix}-${stableHash(parts)}`;
}
