import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sendMail, tokenLink } from "@/lib/server/mail/send-mail";
import { passwordResetMail } from "@/lib/server/mail/templates";

const env = (overrides: object = {}) => ({
  smtpUrl: undefined,
  from: "Recall <recall@school.org>",
  appUrl: "https://recall.school.org",
  outboxDir: undefined,
  ...overrides,
});
const link = "https://recall.school.org/reset-password?token=t0k3n";
const mail = {
  kind: "password-reset" as const,
  to: "ayla@example.test",
  ...passwordResetMail({ name: "Ayla", link, validHours: 1 }),
};

afterEach(() => vi.restoreAllMocks());

describe("sendMail", () => {
  it("with MAIL_OUTBOX_DIR, writes the mail as one JSON file there", async () => {
    const outboxDir = await mkdtemp(path.join(tmpdir(), "caspian-outbox-"));
    await sendMail(mail, env({ outboxDir }));
    const files = await readdir(outboxDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d+-[0-9a-f-]+\.json$/);
    const written = JSON.parse(await readFile(path.join(outboxDir, files[0] ?? ""), "utf8"));
    expect(written).toMatchObject({
      from: "Recall <recall@school.org>",
      to: "ayla@example.test",
      kind: "password-reset",
      subject: mail.subject,
    });
    expect(written.text).toContain(link);
  });

  it("without SMTP_URL, writes the whole text, link included, to the server log", async () => {
    const logged: string[] = [];
    vi.spyOn(console, "info").mockImplementation((line: string) => void logged.push(line));
    await sendMail(mail, env());
    expect(logged.join("\n")).toContain("SMTP_URL is not set");
    expect(logged.join("\n")).toContain(link);
  });
});

describe("tokenLink", () => {
  it("builds the link from APP_URL, the token as a query parameter", () => {
    expect(tokenLink("/verify-email", "a_b-c", env())).toBe(
      "https://recall.school.org/verify-email?token=a_b-c",
    );
  });
});
