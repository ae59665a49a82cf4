import "server-only";
import { MAILS_PER_RECIPIENT } from "@/lib/auth/throttle-policy";
import { readMailEnv } from "../env";
import { consumeLimit } from "../limits/rate-limiters";
import { sendMail } from "./send-mail";
import type { OutgoingMail } from "./templates";

export const MAILS_PER_RECIPIENT_PER_HOUR = MAILS_PER_RECIPIENT.points;

/**
 * Sends an account mail unless its address already had its hourly share (any kind, whoever asked):
 * nobody can flood a mailbox through the forms that send links. A capped mail is logged, not sent;
 * the form that asked answered the same either way.
 */
export async function deliverMail(
  mail: OutgoingMail,
  env = readMailEnv(),
): Promise<"sent" | "capped"> {
  const allowed = await consumeLimit(MAILS_PER_RECIPIENT, mail.to.toLowerCase());
  if (!allowed.ok) {
    console.warn(
      `[mail] a ${mail.kind} mail was not sent: its address had ${MAILS_PER_RECIPIENT_PER_HOUR} ` +
        "account mails this hour",
    );
    return "capped";
  }
  await sendMail(mail, env);
  return "sent";
}
