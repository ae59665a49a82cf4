import { describe, expect, it } from "vitest";
import {
  emailVerificationMail,
  passwordResetMail,
  signUpAttemptMail,
} from "@/lib/server/mail/templates";

const link = "https://recall.example/reset-password?token=abc_DEF-123";

describe("account mail templates", () => {
  it("a reset mail carries the link in both parts and says how long it works", () => {
    const mail = passwordResetMail({ name: "Ayla", link, validHours: 1 });
    expect(mail.text).toContain(`\n${link}\n`);
    expect(mail.text).toContain("for an hour");
    expect(mail.html).toContain(`href="${link}"`);
  });

  it("names the teacher who asked, and says they do not see the link", () => {
    const mail = passwordResetMail({ name: "Ayla", link, validHours: 1, teacherName: "Mr Bek" });
    expect(mail.text).toContain("Your teacher, Mr Bek, asked");
    expect(mail.text).toContain("They do not see this link.");
  });

  it("escapes names in the HTML part", () => {
    const mail = emailVerificationMail({
      name: '<img src=x onerror="alert(1)">',
      link: `${link}&x="y"`,
      validHours: 24,
    });
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(mail.html).toContain("&amp;x=&quot;y&quot;");
    expect(mail.text).toContain("for 24 hours");
  });

  it("a sign-up attempt offers a reset for a confirmed address, a confirmation otherwise", () => {
    const reset = signUpAttemptMail({ name: "Ayla", link, linkKind: "reset", validHours: 1 });
    const verify = signUpAttemptMail({ name: "Ayla", link, linkKind: "verify", validHours: 24 });
    expect(reset.text).toContain("Choose a new password:");
    expect(verify.text).toContain("Confirm my address:");
    expect(reset.subject).toBe(verify.subject);
  });
});
