import "server-only";
import { after } from "next/server";
import { deliverMail } from "./deliver-mail";
import type { OutgoingMail } from "./templates";

/**
 * Sends a mail once the response has gone: a form that may or may not send one (forgotten
 * password, sign-up) then answers in the same time either way. A failure is logged, never shown;
 * so is a mail over its address's hourly cap (see deliverMail).
 */
export function sendAfterResponse(mail: OutgoingMail | null): void {
  if (!mail) return;
  after(() =>
    deliverMail(mail).catch((error: unknown) => {
      console.error(`[mail] a ${mail.kind} mail could not be sent:`, error);
    }),
  );
}
