/**
 * The seed the app generates every course's bank with: one fixed value, so every instance and every
 * restart builds the same bank with the same question ids and option orders.
 */
export const QUESTION_BANK_SEED = 1;
