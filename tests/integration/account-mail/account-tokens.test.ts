import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { resetPassword } from "@/lib/server/account-mail/reset-password";
import { confirmEmailWithToken } from "@/lib/server/data/account-tokens/confirm-email-with-token";
import { findAccountToken } from "@/lib/server/data/account-tokens/find-account-token";
import { issueAccountToken } from "@/lib/server/data/account-tokens/issue-account-token";
import { resetPasswordWithToken } from "@/lib/server/data/account-tokens/reset-password-with-token";
import { createStudent, setUpAppDatabase } from "../helpers/app-database";

const app = setUpAppDatabase();
const now = new Date("2026-12-05T09:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

/** A student whose address is confirmed, and that address. */
async function verifiedStudent() {
  const { id } = await createStudent(app.prisma, "Token Owner");
  const user = await app.prisma.user.update({
    where: { id },
    data: { emailVerifiedAt: now },
    select: { id: true, email: true, sessionVersion: true },
  });
  return user;
}

const resetToken = async (user: { id: string; email: string }, at = now) =>
  (
    await issueAccountToken({
      userId: user.id,
      purpose: "password_reset",
      email: user.email,
      now: at,
    })
  ).token;

describe("account tokens", () => {
  it("stores only the token's SHA-256, never the token", async () => {
    const user = await verifiedStudent();
    const token = await resetToken(user);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await app.prisma.accountToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("works once: a second use of the same link changes nothing", async () => {
    const user = await verifiedStudent();
    const token = await resetToken(user);
    expect(await resetPasswordWithToken({ token, passwordHash: "first", now })).toEqual({
      userId: user.id,
      sessionVersion: user.sessionVersion + 1,
    });
    expect(await resetPasswordWithToken({ token, passwordHash: "second", now })).toBeNull();
    const after = await app.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe("first");
  });

  it("a reset link expires after an hour", async () => {
    const user = await verifiedStudent();
    const token = await resetToken(user);
    expect(await findAccountToken({ token, purpose: "password_reset", now: minutes(59) })).not.toBe(
      null,
    );
    expect(await resetPasswordWithToken({ token, passwordHash: "late", now: minutes(61) })).toBe(
      null,
    );
    const after = await app.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).not.toBe("late");
  });

  it("a confirmation link works for a day", async () => {
    const { id } = await createStudent(app.prisma, "New");
    const { email } = await app.prisma.user.findUniqueOrThrow({ where: { id } });
    const issue = () =>
      issueAccountToken({ userId: id, purpose: "email_verification", email, now });
    const first = await issue();
    expect(first.expiresAt).toEqual(minutes(24 * 60));
    expect(await confirmEmailWithToken({ token: first.token, now: minutes(24 * 60 + 1) })).toBe(
      null,
    );
    const second = await issue();
    expect(await confirmEmailWithToken({ token: second.token, now: minutes(23 * 60) })).toEqual({
      userId: id,
      email,
    });
    const after = await app.prisma.user.findUniqueOrThrow({ where: { id } });
    expect(after.emailVerifiedAt).toEqual(minutes(23 * 60));
  });

  it("a new reset request makes the older link stop working", async () => {
    const user = await verifiedStudent();
    const older = await resetToken(user);
    const newer = await resetToken(user, minutes(1));
    expect(
      await resetPasswordWithToken({ token: older, passwordHash: "old", now: minutes(2) }),
    ).toBe(null);
    expect(
      await resetPasswordWithToken({ token: newer, passwordHash: "new", now: minutes(2) }),
    ).not.toBeNull();
  });

  it("a link of one purpose does nothing for the other", async () => {
    const user = await verifiedStudent();
    const token = await resetToken(user);
    expect(await confirmEmailWithToken({ token, now })).toBeNull();
    expect(await findAccountToken({ token, purpose: "password_reset", now })).not.toBeNull();
  });

  it("of ten concurrent uses of one link, exactly one wins", async () => {
    const user = await verifiedStudent();
    const token = await resetToken(user);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        resetPasswordWithToken({ token, passwordHash: `hash-${i}`, now }),
      ),
    );
    const winners = results.flatMap((r, i) => (r ? [i] : []));
    expect(winners).toHaveLength(1);
    const after = await app.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(`hash-${winners[0]}`);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
  });

  it("a reset link sent before the address changed no longer works", async () => {
    const user = await verifiedStudent();
    const token = await resetToken(user);
    await app.prisma.user.update({
      where: { id: user.id },
      data: { email: `moved-${user.email}` },
    });
    expect(await resetPasswordWithToken({ token, passwordHash: "x", now })).toBeNull();
  });

  it("confirming a new address another account took meanwhile is a CONFLICT, changing nothing", async () => {
    const user = await verifiedStudent();
    const other = await verifiedStudent();
    const { token } = await issueAccountToken({
      userId: user.id,
      purpose: "email_verification",
      email: other.email,
      now,
    });
    await expect(confirmEmailWithToken({ token, now })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const after = await app.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.email).toBe(user.email);
  });
});

describe("resetPassword", () => {
  it("applies the sign-up password policy and keeps the link for another try", async () => {
    const user = await verifiedStudent();
    const token = await resetToken(user);
    const weak = await resetPassword({ token, password: "password123", now });
    expect(weak).toMatchObject({ status: "weak-password" });
    expect(await findAccountToken({ token, purpose: "password_reset", now })).not.toBeNull();
  });

  it("sets the password, ends every session and confirms the address", async () => {
    const { id } = await createStudent(app.prisma, "Unconfirmed");
    const user = await app.prisma.user.findUniqueOrThrow({ where: { id } });
    expect(user.emailVerifiedAt).toBeNull();
    const token = await resetToken(user);
    expect(await resetPassword({ token, password: "salt-marsh-orbit-42", now })).toEqual({
      status: "done",
    });
    const after = await app.prisma.user.findUniqueOrThrow({ where: { id } });
    expect(await bcrypt.compare("salt-marsh-orbit-42", after.passwordHash)).toBe(true);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(after.emailVerifiedAt).toEqual(now);
    expect(await resetPassword({ token, password: "salt-marsh-orbit-43", now })).toEqual({
      status: "expired",
    });
  });

  it("refuses a token that is not one of ours before any query", async () => {
    expect(await resetPassword({ token: "' OR 1=1 --", password: "x", now })).toEqual({
      status: "expired",
    });
  });
});
