import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { MailEnv } from "@/lib/server/env";
import { limitMailRequest } from "@/lib/server/limits/request-limits";
import { deliverMail, MAILS_PER_RECIPIENT_PER_HOUR } from "@/lib/server/mail/deliver-mail";
import type { OutgoingMail } from "@/lib/server/mail/templates";
import { setUpAppDatabase } from "../helpers/app-database";
import { testBackend } from "../helpers/test-db";

setUpAppDatabase();

function mailTo(to: string): OutgoingMail {
  return { kind: "password-reset", to, subject: "Reset", text: "a link", html: "<p>a link</p>" };
}

describe(`caps on account mail (${testBackend()})`, () => {
  it("sends at most a few account mails an hour to one address, whoever asks", async () => {
    const outboxDir = mkdtempSync(path.join(tmpdir(), "mail-caps-"));
    const env: MailEnv = {
      smtpUrl: undefined,
      from: "Caspian Recall <recall@example.test>",
      appUrl: "http://localhost:3000",
      outboxDir,
    };
    const to = `flooded-${randomUUID()}@example.test`;
    const outcomes = await Promise.all(
      Array.from({ length: MAILS_PER_RECIPIENT_PER_HOUR + 5 }, () => deliverMail(mailTo(to), env)),
    );
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(MAILS_PER_RECIPIENT_PER_HOUR);
    expect(outcomes.filter((o) => o === "capped")).toHaveLength(5);
    expect(readdirSync(outboxDir)).toHaveLength(MAILS_PER_RECIPIENT_PER_HOUR);
    // Another address is not affected.
    expect(await deliverMail(mailTo(`other-${randomUUID()}@example.test`), env)).toBe("sent");
  });

  it("refuses an address's forgotten-password requests past its hourly allowance with a wait", async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 200) + 20}`;
    let refused: unknown = null;
    for (let i = 0; i < 100 && refused === null; i += 1) {
      await limitMailRequest({ address }).catch((error: unknown) => {
        refused = error;
      });
    }
    expect(refused).toMatchObject({ code: "RATE_LIMITED" });
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    // An unknown address is not one shared key.
    await expect(limitMailRequest({ address: null })).resolves.toBeUndefined();
  });
});
