import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { readMailEnv } from "../env";
import type { OutgoingMail } from "./templates";

let transport: { url: string; transporter: Transporter } | undefined;

function smtpTransport(url: string): Transporter {
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  return transport.transporter;
}

/**
 * Sends one mail: as a JSON file in MAIL_OUTBOX_DIR (tests), through SMTP_URL, or, with neither,
 * into the server log (so a self-hosted instance without mail still lets an admin pass a link on).
 */
export async function sendMail(mail: OutgoingMail, env = readMailEnv()): Promise<void> {
  const message = { from: env.from, to: mail.to, subject: mail.subject, text: mail.text };
  if (env.outboxDir) {
    await mkdir(env.outboxDir, { recursive: true });
    const file = path.join(env.outboxDir, `${Date.now()}-${randomUUID()}.json`);
    const json = JSON.stringify({
      ...message,
      kind: mail.kind,
      html: mail.html,
      sentAt: new Date(),
    });
    // Write then rename, so a test polling the folder never reads half a file.
    await writeFile(`${file}.partial`, json);
    await rename(`${file}.partial`, file);
    return;
  }
  if (env.smtpUrl) {
    await smtpTransport(env.smtpUrl).sendMail({ ...message, html: mail.html });
    return;
  }
  console.info(
    `[mail] SMTP_URL is not set, so this mail was not sent; its text follows.\n` +
      `To: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n[mail] end`,
  );
}

/** The absolute address of a page of this site with a token, for a mail's link. */
export function tokenLink(pathname: string, token: string, env = readMailEnv()): string {
  const url = new URL(pathname, `${env.appUrl}/`);
  url.searchParams.set("token", token);
  return url.toString();
}
