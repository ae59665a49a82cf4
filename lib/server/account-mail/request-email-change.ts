import "server-only";
import { getEmailStatus } from "../data/account-tokens/get-email-status";
import { verifyUserPassword } from "../data/users/verify-user-password";
import { db } from "../db";
import { emailChangeMail, type OutgoingMail } from "../mail/templates";
import { issueLink } from "./links";

export type EmailChangeOutcome =
  /** `mail` is null when the address belongs to another account: the answer must not say so. */
  | { status: "sent"; mail: OutgoingMail | null }
  | { status: "wrong-password" }
  | { status: "same-address" };

/**
 * A change of address waits for the new address to be confirmed: a link goes to it, and the account
 * keeps its old address until the link is followed (confirmEmailWithToken makes the switch). The
 * current password is asked for, so an unattended signed-in browser cannot move the account.
 */
export async function requestEmailChange(options: {
  userId: string;
  newEmail: string;
  password: string;
  now: Date;
}): Promise<EmailChangeOutcome> {
  const current = await getEmailStatus({ userId: options.userId });
  const user = await verifyUserPassword({ email: current.email, password: options.password });
  if (!user || user.id !== options.userId) return { status: "wrong-password" };
  if (options.newEmail === current.email) return { status: "same-address" };
  const taken = await db().user.findUnique({
    where: { email: options.newEmail },
    select: { id: true },
  });
  if (taken) return { status: "sent", mail: null };
  const { link, validHours } = await issueLink({
    userId: user.id,
    purpose: "email_verification",
    email: options.newEmail,
    now: options.now,
  });
  return {
    status: "sent",
    mail: {
      kind: "email-change",
      to: options.newEmail,
      ...emailChangeMail({ name: user.name, link, validHours }),
    },
  };
}
