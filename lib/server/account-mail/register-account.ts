import "server-only";
import type { SignUpInput } from "@/lib/auth/forms";
import { defaultSchedulerSettings, isValidTimeZone } from "@/lib/scheduling";
import { saveStudySettings } from "../data/study-settings/save-study-settings";
import { createUser, EmailTakenError } from "../data/users/create-user";
import { db } from "../db";
import { emailVerificationMail, type OutgoingMail, signUpAttemptMail } from "../mail/templates";
import { issueLink } from "./links";

/**
 * Signs someone up without telling them whether the address already had an account: either way the
 * caller shows "check your email" and sends the mail returned. A new account gets a link to confirm
 * its address; an existing one gets "someone tried to sign up with your address" with a reset link
 * (or, if never confirmed, a confirmation link). Both paths hash the password (createUser hashes
 * before it inserts), so they also take about as long.
 */
export async function registerAccount(options: {
  input: SignUpInput;
  timeZone: string;
  now: Date;
}): Promise<OutgoingMail> {
  const { input, timeZone, now } = options;
  try {
    const { id } = await createUser(input);
    if (input.role === "student" && isValidTimeZone(timeZone)) {
      await saveStudySettings({ userId: id, settings: { ...defaultSchedulerSettings, timeZone } });
    }
    const { link, validHours } = await issueLink({
      userId: id,
      purpose: "email_verification",
      email: input.email,
      now,
    });
    return {
      kind: "email-verification",
      to: input.email,
      ...emailVerificationMail({ name: input.name, link, validHours }),
    };
  } catch (error) {
    if (!(error instanceof EmailTakenError)) throw error;
    return signUpAttempt(input.email, now);
  }
}

async function signUpAttempt(email: string, now: Date): Promise<OutgoingMail> {
  const owner = await db().user.findUniqueOrThrow({
    where: { email },
    select: { id: true, name: true, emailVerifiedAt: true },
  });
  const verified = owner.emailVerifiedAt !== null;
  const { link, validHours } = await issueLink({
    userId: owner.id,
    purpose: verified ? "password_reset" : "email_verification",
    email,
    now,
  });
  return {
    kind: "sign-up-attempt",
    to: email,
    ...signUpAttemptMail({
      name: owner.name,
      link,
      linkKind: verified ? "reset" : "verify",
      validHours,
    }),
  };
}
