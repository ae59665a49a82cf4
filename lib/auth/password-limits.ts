/** Password length limits, on their own so forms can show them without the dictionaries. */
export const PASSWORD_MIN_LENGTH = 8;
/**
 * bcrypt reads only the first 72 bytes of a password: beyond them, two passwords that differ only
 * after byte 72 would both sign in. We refuse longer ones (in UTF-8 bytes) rather than pre-hash:
 * 72 bytes is a 10-word passphrase, and pre-hashing would change every stored hash's meaning.
 */
export const PASSWORD_MAX_BYTES = 72;
/** The zxcvbn-ts score a new password needs (0–4); see password-policy.ts for why 3. */
export const PASSWORD_MIN_SCORE = 3;
