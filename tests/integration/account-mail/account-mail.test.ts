import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { registerAccount } from "@/lib/server/account-mail/register-account";
import { requestEmailChange } from "@/lib/server/account-mail/request-email-change";
import { requestPasswordReset } from "@/lib/server/account-mail/request-password-reset";
import { sendEmailVerification } from "@/lib/server/account-mail/send-email-verification";
import { sendStudentPasswordReset } from "@/lib/server/account-mail/send-student-password-reset";
import { confirmEmailWithToken } from "@/lib/server/data/account-tokens/confirm-email-with-token";
import { findAccountToken } from "@/lib/server/data/account-tokens/find-account-token";
import { createClass, joinClass } from "@/lib/server/teaching/classes";
import { createStudent, createTeacher, setUpAppDatabase } from "../helpers/app-database";

const app = setUpAppDatabase();
const now = new Date();
const PASSWORD = "salt-marsh-orbit-42";
let counter = 0;
const freshEmail = () => `mail-${process.pid}-${++counter}-${Date.now()}@example.test`;

/** The token a mail's link carries. */
function linkToken(mail: { text: string }): { path: string; token: string } {
  const match = /(https?:\/\/\S+\?token=\S+)/.exec(mail.text);
  if (!match?.[1]) throw new Error(`no link in: ${mail.text}`);
  const url = new URL(match[1]);
  return { path: url.pathname, token: url.searchParams.get("token") ?? "" };
}

const signUp = (email: string, name = "Ayla") =>
  registerAccount({
    input: { name, email, password: PASSWORD, role: "student" },
    timeZone: "Asia/Baku",
    now,
  });

describe("sign-up does not tell whether an address has an account", () => {
  it("a new address gets an account and a link to confirm it", async () => {
    const email = freshEmail();
    const mail = await signUp(email);
    expect(mail).toMatchObject({ kind: "email-verification", to: email });
    const { path, token } = linkToken(mail);
    expect(path).toBe("/verify-email");
    const live = await findAccountToken({ token, purpose: "email_verification", now });
    expect(live?.email).toBe(email);
    const user = await app.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerifiedAt).toBeNull();
  });

  it("a taken, confirmed address: no second account, its owner gets a reset link", async () => {
    const email = freshEmail();
    await signUp(email, "Owner");
    await app.prisma.user.update({ where: { email }, data: { emailVerifiedAt: now } });
    const before = await app.prisma.user.findUniqueOrThrow({ where: { email } });

    const mail = await signUp(email, "Intruder");
    expect(mail).toMatchObject({ kind: "sign-up-attempt", to: email });
    expect(mail.text).toContain("Hello Owner");
    expect(linkToken(mail).path).toBe("/reset-password");
    const after = await app.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(after).toEqual(before);
    expect(await app.prisma.user.count({ where: { email } })).toBe(1);
  });

  it("a taken address never confirmed: its owner gets a confirmation link, not a reset", async () => {
    const email = freshEmail();
    await signUp(email, "Owner");
    const mail = await signUp(email, "Intruder");
    expect(mail).toMatchObject({ kind: "sign-up-attempt", to: email });
    expect(linkToken(mail).path).toBe("/verify-email");
    const user = await app.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(await bcrypt.compare(PASSWORD, user.passwordHash)).toBe(true);
  });
});

describe("forgotten password", () => {
  it("sends a reset link only to a confirmed address", async () => {
    const unconfirmed = freshEmail();
    await signUp(unconfirmed);
    expect(await requestPasswordReset({ email: unconfirmed, now })).toBeNull();
    expect(await requestPasswordReset({ email: freshEmail(), now })).toBeNull();

    await app.prisma.user.update({ where: { email: unconfirmed }, data: { emailVerifiedAt: now } });
    const mail = await requestPasswordReset({ email: unconfirmed, now });
    expect(mail).toMatchObject({ kind: "password-reset", to: unconfirmed });
    expect(linkToken(mail ?? { text: "" }).path).toBe("/reset-password");
  });

  it("resending a confirmation link works until the address is confirmed", async () => {
    const email = freshEmail();
    await signUp(email);
    const { id } = await app.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(await sendEmailVerification({ userId: id, now })).toMatchObject({ to: email });
    await app.prisma.user.update({ where: { id }, data: { emailVerifiedAt: now } });
    expect(await sendEmailVerification({ userId: id, now })).toBeNull();
  });
});

describe("a teacher's reset for a student", () => {
  async function classWithStudent(verified: boolean) {
    const teacher = await createTeacher(app.prisma);
    const student = await createStudent(app.prisma, "Pupil");
    if (verified) {
      await app.prisma.user.update({ where: { id: student.id }, data: { emailVerifiedAt: now } });
    }
    const created = await createClass({
      teacherId: teacher.id,
      input: { name: "8B", courseId: "azerbaijan-kazakhstan" },
    });
    await joinClass({ studentId: student.id, code: created.joinCode });
    return { teacher, student, classId: created.id };
  }
  const request = (teacherId: string, classId: string, studentId: string) =>
    sendStudentPasswordReset({ teacherId, teacherName: "Ms Aliyeva", classId, studentId, now });

  it("goes to the student's confirmed address, naming the teacher", async () => {
    const { teacher, student, classId } = await classWithStudent(true);
    const outcome = await request(teacher.id, classId, student.id);
    const { email } = await app.prisma.user.findUniqueOrThrow({ where: { id: student.id } });
    expect(outcome).toMatchObject({ status: "sent", mail: { kind: "password-reset", to: email } });
    if (outcome.status !== "sent") throw new Error("not sent");
    expect(outcome.mail.text).toContain("Ms Aliyeva");
  });

  it("is not sent to an address never confirmed", async () => {
    const { teacher, student, classId } = await classWithStudent(false);
    expect(await request(teacher.id, classId, student.id)).toEqual({ status: "unverified" });
    expect(await app.prisma.accountToken.count({ where: { userId: student.id } })).toBe(0);
  });

  it("another teacher, another class or a student outside the class is NOT_FOUND", async () => {
    const { student, classId, teacher } = await classWithStudent(true);
    const other = await classWithStudent(true);
    const outsider = await createStudent(app.prisma, "Outsider");
    for (const [teacherId, cls, studentId] of [
      [other.teacher.id, classId, student.id],
      [other.teacher.id, other.classId, student.id],
      [teacher.id, other.classId, other.student.id],
      [teacher.id, classId, outsider.id],
      [teacher.id, classId, other.teacher.id],
    ] as const) {
      await expect(request(teacherId, cls, studentId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await app.prisma.accountToken.count({ where: { userId: student.id } })).toBe(0);
  });
});

describe("changing one's address", () => {
  async function account() {
    const email = freshEmail();
    await signUp(email, "Mover");
    const { id } = await app.prisma.user.findUniqueOrThrow({ where: { email } });
    return { id, email };
  }
  const change = (userId: string, newEmail: string, password = PASSWORD) =>
    requestEmailChange({ userId, newEmail, password, now });

  it("takes effect only when the link mailed to the new address is followed", async () => {
    const { id, email } = await account();
    const newEmail = freshEmail();
    const outcome = await change(id, newEmail);
    if (outcome.status !== "sent" || !outcome.mail) throw new Error("no mail");
    expect(outcome.mail).toMatchObject({ kind: "email-change", to: newEmail });
    expect((await app.prisma.user.findUniqueOrThrow({ where: { id } })).email).toBe(email);

    const { token, path } = linkToken(outcome.mail);
    expect(path).toBe("/verify-email");
    expect(await confirmEmailWithToken({ token, now })).toEqual({ userId: id, email: newEmail });
    const after = await app.prisma.user.findUniqueOrThrow({ where: { id } });
    expect(after.email).toBe(newEmail);
    expect(after.emailVerifiedAt).toEqual(now);
  });

  it("asks for the current password", async () => {
    const { id } = await account();
    expect(await change(id, freshEmail(), "not-my-password")).toEqual({
      status: "wrong-password",
    });
    expect(await app.prisma.accountToken.count({ where: { userId: id, usedAt: null } })).toBe(1);
  });

  it("answers alike for an address another account has, mailing nobody", async () => {
    const { id } = await account();
    const other = await account();
    expect(await change(id, other.email)).toEqual({ status: "sent", mail: null });
    expect(await app.prisma.accountToken.count({ where: { email: other.email, userId: id } })).toBe(
      0,
    );
  });

  it("the same address again is refused as such", async () => {
    const { id, email } = await account();
    expect(await change(id, email)).toEqual({ status: "same-address" });
  });
});
