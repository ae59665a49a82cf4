/**
 * Class join codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), so a code
 * read off a projector or typed on a phone is hard to get wrong. Stored bare ("ABCDEFGH"), shown
 * in two halves ("ABCD-EFGH"). Randomness comes from the caller (crypto on the server).
 */

export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

/** Bytes at or above this would favour the first letters (256 is not a multiple of 31). */
const UNBIASED_LIMIT = 256 - (256 % JOIN_CODE_ALPHABET.length);

/** A fresh code from `randomBytes(n)` (n uniformly random bytes), by rejection sampling. */
export function generateJoinCode(randomBytes: (count: number) => Uint8Array): string {
  let code = "";
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of randomBytes(JOIN_CODE_LENGTH * 2)) {
      if (byte >= UNBIASED_LIMIT) continue;
      code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
      if (code.length === JOIN_CODE_LENGTH) break;
    }
  }
  return code;
}

/** "ABCDEFGH" → "ABCD-EFGH". */
export function formatJoinCode(code: string): string {
  const half = JOIN_CODE_LENGTH / 2;
  return `${code.slice(0, half)}-${code.slice(half)}`;
}

/** What a student typed ("abcd efgh", "ABCD-EFGH") → the stored code, or null if it cannot be one. */
export function normaliseJoinCode(input: string): string | null {
  const code = input.replace(/[\s-]+/g, "").toUpperCase();
  if (code.length !== JOIN_CODE_LENGTH) return null;
  return [...code].every((c) => JOIN_CODE_ALPHABET.includes(c)) ? code : null;
}
