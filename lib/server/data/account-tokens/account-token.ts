import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { AccountTokenPurpose } from "@/generated/prisma/client";

/** How long a link works: a reset is short-lived (it hands over the account), a confirmation a day. */
export const TOKEN_LIFETIME_HOURS: Record<AccountTokenPurpose, number> = {
  password_reset: 1,
  email_verification: 24,
};

/** Only this is stored, so a copy of the table cannot be turned back into working links. */
export function hashAccountToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** 32 random bytes, URL-safe, and the hash to store. */
export function newAccountToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashAccountToken(token) };
}

/** A token as links carry it: 43 base64url characters; anything else cannot be one of ours. */
export const ACCOUNT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
