import "server-only";
import { after } from "next/server";
import { sendMail } from "./send-mail";
import type { OutgoingMail } from "./templates";

/**
 * Sends a mail once the response has gone: a form that may or may not send one (forgotten
 * password, sign-up) then answers in the same time either way. A failure is logged, never shown.
 */
export function sendAfterResponse(mail: OutgoingMail | null): void {
  if (!mail) return;
  after(() =>
    sendMail(mail).catch((error: unknown) => {
      console.error(`[mail] a ${mail.kind} mail could not be sent:`, error);
    }),
  );
}
