import "server-only";
import { db } from "../db";
import { notFound } from "../errors";
import { emailVerificationMail, type OutgoingMail } from "../mail/templates";
import { issueLink } from "./links";

/** A fresh confirmation link for the signed-in user's address (the "resend" button); null if confirmed. */
export async function sendEmailVerification(options: {
  userId: string;
  now: Date;
}): Promise<OutgoingMail | null> {
  const user = await db().user.findUnique({
    where: { id: options.userId },
    select: { id: true, name: true, email: true, emailVerifiedAt: true },
  });
  if (!user) throw notFound("Account");
  if (user.emailVerifiedAt) return null;
  const { link, validHours } = await issueLink({
    userId: user.id,
    purpose: "email_verification",
    email: user.email,
    now: options.now,
  });
  return {
    kind: "email-verification",
    to: user.email,
    ...emailVerificationMail({ name: user.name, link, validHours }),
  };
}
