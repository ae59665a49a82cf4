import "server-only";
import type { AccountTokenPurpose } from "@/generated/prisma/client";
import { db } from "../../db";
import { ACCOUNT_TOKEN_PATTERN, hashAccountToken } from "./account-token";

export interface LiveAccountToken {
  userId: string;
  /** The address the link was sent to. */
  email: string;
  user: { name: string; email: string };
}

/**
 * A token that would still work (unused, unexpired, of this purpose), without using it: for showing
 * the page a link opens. Null for anything else, alike.
 */
export async function findAccountToken(options: {
  token: string;
  purpose: AccountTokenPurpose;
  now: Date;
}): Promise<LiveAccountToken | null> {
  if (!ACCOUNT_TOKEN_PATTERN.test(options.token)) return null;
  return db().accountToken.findFirst({
    where: {
      tokenHash: hashAccountToken(options.token),
      purpose: options.purpose,
      usedAt: null,
      expiresAt: { gt: options.now },
    },
    select: { userId: true, email: true, user: { select: { name: true, email: true } } },
  });
}
