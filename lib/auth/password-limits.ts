/** Password length limits, on their own so the sign-up form can show them without the word list. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
