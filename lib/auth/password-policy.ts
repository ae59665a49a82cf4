import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as englishDictionary, translations } from "@zxcvbn-ts/language-en";
import { z } from "zod";
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_LENGTH, PASSWORD_MIN_SCORE } from "./password-limits";

// Server-side only in practice: forms import this module's types at most, and the actions check
// passwords, so the dictionaries (a few MB) never reach the browser bundle.

/** Lower-cased common passwords (~49k, from the zxcvbn-ts list); a set for O(1) look-ups. */
const commonPasswords: ReadonlySet<string> = new Set(
  (commonDictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()),
);

export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.toLowerCase());
}

let estimator: ZxcvbnFactory | undefined;
/** Built on first use: loading the dictionaries takes a moment the sign-in path never needs. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...englishDictionary },
    graphs: adjacencyGraphs,
    translations,
  });
  return estimator;
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Words of the account that must not make up its password: the email, its parts, the name. */
export function accountWords(account: { email?: string; name?: string }): string[] {
  const email = account.email?.trim().toLowerCase() ?? "";
  const [local = "", domain = ""] = email.split("@");
  const name = account.name?.trim().toLowerCase() ?? "";
  const words = [email, local, domain, ...local.split(/[._+-]+/), name, ...name.split(/\s+/)];
  return [...new Set(words.filter((w) => w.length >= 3))];
}

/**
 * Why `password` is not good enough for this account, or null. A password must be 8 characters to
 * 72 UTF-8 bytes (bcrypt's limit), not on the common list, and reach zxcvbn-ts score 3 with the
 * account's email and name counted as known words. Score 3 means about 10^8–10^10 guesses: far
 * beyond what our sign-in throttle lets anyone try online, and hours per password offline even
 * against bcrypt at cost 11; score 4 would refuse many passphrases people can remember.
 */
export function passwordProblem(
  password: string,
  account: { email?: string; name?: string } = {},
): string | null {
  if (password.length < PASSWORD_MIN_LENGTH)
    return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (utf8Length(password) > PASSWORD_MAX_BYTES) {
    return (
      `Use at most ${PASSWORD_MAX_BYTES} bytes: the password hash reads no further. That is ` +
      `${PASSWORD_MAX_BYTES} plain letters; accented letters and symbols count double or more.`
    );
  }
  if (isCommonPassword(password)) {
    return "This password is too common: it appears in lists attackers try first. Choose another.";
  }
  const result = zxcvbn().check(password, accountWords(account));
  if (result.score >= PASSWORD_MIN_SCORE) return null;
  const ownWords = result.sequence.some(
    (m) => m.pattern === "dictionary" && m.dictionaryName === "userInputs",
  );
  const why = ownWords
    ? "It is built from your email or name. "
    : sentence(result.feedback.warning);
  return `This password is too easy to guess. ${why}Try three or four unrelated words.`;
}

function sentence(text: string | null): string {
  if (!text) return "";
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? "" : "."} `;
}

/** A new password's length and byte limits alone (strength needs the account: `passwordProblem`). */
export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_BYTES * 4, `Use at most ${PASSWORD_MAX_BYTES} bytes.`);

/** Adds `passwordProblem` for `field`, judged with the account's email and name, to a form schema. */
export function checkPasswordStrength(
  field: string,
  password: string,
  account: { email?: string; name?: string },
  ctx: z.RefinementCtx,
): void {
  const problem = passwordProblem(password, account);
  if (problem) ctx.addIssue({ code: "custom", path: [field], message: problem });
}
