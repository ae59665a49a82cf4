import "server-only";
import { getVerifiedUserByEmail } from "../data/account-tokens/get-verified-user-by-email";
import { type OutgoingMail, passwordResetMail } from "../mail/templates";
import { issueLink } from "./links";

/**
 * The forgotten-password form: a reset mail for the account with this address if the address is
 * confirmed, null otherwise. The caller answers the same either way and sends the mail after
 * answering, so neither the words nor the time tell whether the account exists.
 */
export async function requestPasswordReset(options: {
  email: string;
  now: Date;
}): Promise<OutgoingMail | null> {
  const user = await getVerifiedUserByEmail({ email: options.email });
  if (!user) return null;
  const { link, validHours } = await issueLink({
    userId: user.id,
    purpose: "password_reset",
    email: user.email,
    now: options.now,
  });
  return {
    kind: "password-reset",
    to: user.email,
    ...passwordResetMail({ name: user.name, link, validHours }),
  };
}
