import "server-only";
import type { AccountTokenPurpose } from "@/generated/prisma/client";
import { TOKEN_LIFETIME_HOURS } from "../data/account-tokens/account-token";
import { issueAccountToken } from "../data/account-tokens/issue-account-token";
import { tokenLink } from "../mail/send-mail";

/** The page each kind of link opens. */
const LINK_PAGE: Record<AccountTokenPurpose, string> = {
  password_reset: "/reset-password",
  email_verification: "/verify-email",
};

/** Issues a token for `email` and returns the link that carries it, with how long it works. */
export async function issueLink(options: {
  userId: string;
  purpose: AccountTokenPurpose;
  email: string;
  now: Date;
}): Promise<{ link: string; validHours: number }> {
  const { token } = await issueAccountToken(options);
  return {
    link: tokenLink(LINK_PAGE[options.purpose], token),
    validHours: TOKEN_LIFETIME_HOURS[options.purpose],
  };
}
