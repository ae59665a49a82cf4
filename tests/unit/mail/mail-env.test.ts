import { describe, expect, it } from "vitest";
import { ConfigurationError, readMailEnv } from "@/lib/server/env";

const asEnv = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv;

describe("readMailEnv", () => {
  it("without SMTP_URL, mails go to the log and links point at this machine's port", () => {
    expect(readMailEnv(asEnv({ PORT: "3450" }))).toEqual({
      smtpUrl: undefined,
      from: "Caspian Recall <no-reply@localhost>",
      appUrl: "http://localhost:3450",
      outboxDir: undefined,
    });
  });

  it("takes SMTP_URL, MAIL_FROM and APP_URL (trailing slash dropped); empty means unset", () => {
    const env = readMailEnv({
      NODE_ENV: "production",
      SMTP_URL: "smtps://user:secret@mail.school.org:465",
      MAIL_FROM: "Recall <recall@school.org>",
      APP_URL: "https://recall.school.org/",
      MAIL_OUTBOX_DIR: "",
    } as unknown as NodeJS.ProcessEnv);
    expect(env).toMatchObject({
      smtpUrl: "smtps://user:secret@mail.school.org:465",
      from: "Recall <recall@school.org>",
      appUrl: "https://recall.school.org",
      outboxDir: undefined,
    });
  });

  it("refuses an SMTP_URL that is not smtp(s), naming the variable", () => {
    expect(() => readMailEnv(asEnv({ SMTP_URL: "http://mail" }))).toThrow(
      /SMTP_URL must look like smtp:\/\//,
    );
  });

  it("refuses real mail in production without APP_URL (links would lead to localhost)", () => {
    const env = asEnv({ NODE_ENV: "production", SMTP_URL: "smtp://mail:587" });
    expect(() => readMailEnv(env)).toThrow(ConfigurationError);
    expect(() => readMailEnv(env)).toThrow(/APP_URL/);
  });
});
