import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as exportFile } from "@/app/api/account/export/[file]/route";
import { GET as getNext } from "@/app/api/study/next/route";
import { changeAccountPassword, deleteAccount } from "@/lib/server/account/account";
import { getCourse } from "@/lib/server/courses";
import { createUser } from "@/lib/server/data/users/create-user";
import { exportUserData } from "@/lib/server/data/users/export-user-data";
import { renameUser } from "@/lib/server/data/users/rename-user";
import { verifyUserPassword } from "@/lib/server/data/users/verify-user-password";
import { AppError } from "@/lib/server/errors";
import { recordAnswer, setUpAppDatabase } from "../helpers/app-database";
import { appRequest, type CookieJar, signInThroughAuthJs } from "../helpers/auth-session";

const COURSE = "azerbaijan-kazakhstan";
const PASSWORD = "salt-marsh-orbit-42";
const NEW_PASSWORD = "kestrel-velvet-lantern-7";
const questions = getCourse(COURSE)?.questions ?? [];
const app = setUpAppDatabase();

async function newUser(role: "student" | "teacher" = "student", name = "Account Owner") {
  const email = `account-${randomUUID().slice(0, 12)}@example.test`;
  const { id } = await createUser({ name, email, password: PASSWORD, role });
  return { id, email, name };
}

const next = (jar: CookieJar) =>
  getNext(appRequest(jar, `/api/study/next?course=${COURSE}&deck=all`), undefined);
const download = (jar: CookieJar, file: string, query = "") =>
  exportFile(appRequest(jar, `/api/account/export/${file}${query}`), {
    params: Promise.resolve({ file }),
  });

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("change name", () => {
  it("renames only the given user", async () => {
    const me = await newUser();
    const other = await newUser("student", "Someone Else");
    await renameUser({ userId: me.id, name: "Aigerim B." });
    const names = await app.prisma.user.findMany({
      where: { id: { in: [me.id, other.id] } },
      select: { id: true, name: true },
    });
    expect(Object.fromEntries(names.map((u) => [u.id, u.name]))).toEqual({
      [me.id]: "Aigerim B.",
      [other.id]: "Someone Else",
    });
  });
});

describe("change password", () => {
  it("needs the current password, and then ends every other session", async () => {
    const me = await newUser();
    const laptop = await signInThroughAuthJs(me.email, PASSWORD);
    expect((await next(laptop)).status).toBe(200);

    const wrong = await rejection(
      changeAccountPassword({
        user: me,
        currentPassword: "not-it-at-all",
        newPassword: NEW_PASSWORD,
      }),
    );
    expect(wrong.code).toBe("INVALID_INPUT");
    expect(wrong.field).toBe("currentPassword");
    expect((await next(laptop)).status).toBe(200);

    await changeAccountPassword({ user: me, currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect((await app.prisma.user.findUnique({ where: { id: me.id } }))?.sessionVersion).toBe(1);
    expect((await next(laptop)).status).toBe(401);
    expect(await verifyUserPassword({ email: me.email, password: PASSWORD })).toBeNull();
    const phone = await signInThroughAuthJs(me.email, NEW_PASSWORD);
    expect((await next(phone)).status).toBe(200);
  });

  it("lets only one of two racing changes with the same current password through", async () => {
    const me = await newUser();
    const results = await Promise.allSettled(
      ["first-racing-passphrase-x", "second-racing-passphrase-y"].map((newPassword) =>
        changeAccountPassword({ user: me, currentPassword: PASSWORD, newPassword }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});

describe("download my data", () => {
  it("exports the signed-in user's own profile, cards and reviews, never another user's", async () => {
    const me = await newUser();
    const other = await newUser();
    await recordAnswer(me.id, questions[0]?.id ?? "", "Good", "2026-12-01T08:00:00Z");
    await recordAnswer(me.id, questions[0]?.id ?? "", "Again", "2026-12-03T08:00:00Z");
    await recordAnswer(other.id, questions[1]?.id ?? "", "Easy", "2026-12-02T08:00:00Z");

    const data = await exportUserData({ userId: me.id });
    expect(data.profile).toMatchObject({ id: me.id, email: me.email, role: "student" });
    expect(JSON.stringify(data)).not.toMatch(/passwordHash|password_hash|\$2[aby]\$/);
    expect(data.cards).toHaveLength(1);
    expect(data.reviews.map((r) => r.rating)).toEqual(["Good", "Again"]);
    expect(JSON.stringify(data)).not.toContain(other.id);

    const jar = await signInThroughAuthJs(me.email, PASSWORD);
    const json = await download(jar, "data.json", `?userId=${other.id}`);
    expect(json.status).toBe(200);
    expect(json.headers.get("content-disposition")).toMatch(/^attachment; filename="/);
    const body = (await json.json()) as { profile: { id: string } };
    expect(body.profile.id).toBe(me.id);

    const csv = await download(jar, "reviews.csv");
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toBe("card_id,review_time,review_rating,review_state,review_duration");
    expect(lines.slice(1).map((l) => l.split(",").slice(1, 4).join(","))).toEqual([
      `${Date.parse("2026-12-01T08:00:00Z")},3,0`,
      // After a first Good the card is still Learning (1): the second answer's state when given.
      `${Date.parse("2026-12-03T08:00:00Z")},1,1`,
    ]);
    const cards = await download(jar, "cards.csv");
    expect((await cards.text()).split("\r\n")[0]).toMatch(/^card_id,course_id,question_id,state,/);

    expect((await download(jar, "passwords.csv")).status).toBe(404);
    expect((await download(jar, "../data.json")).status).toBe(404);
  });

  it("answers an anonymous or signed-out download with 401", async () => {
    const response = await download(
      new (await import("../helpers/auth-session")).CookieJar(),
      "data.json",
    );
    expect(response.status).toBe(401);
  });
});

describe("delete my account", () => {
  it("refuses a wrong password and deletes nothing", async () => {
    const me = await newUser();
    await recordAnswer(me.id, questions[0]?.id ?? "", "Good", "2026-12-01T08:00:00Z");
    const error = await rejection(deleteAccount({ userId: me.id, password: "not-my-password" }));
    expect(error.field).toBe("password");
    expect(await app.prisma.review.count({ where: { userId: me.id } })).toBe(1);
  });

  it("deletes a student with their answers and memberships; the class stays, the cookie is refused", async () => {
    const teacher = await newUser("teacher");
    const me = await newUser();
    const other = await newUser();
    const klass = await app.prisma.class.create({
      data: {
        teacherId: teacher.id,
        courseId: COURSE,
        name: "10B",
        joinCode: randomUUID().slice(0, 8),
      },
    });
    await app.prisma.classMember.createMany({
      data: [me.id, other.id].map((studentId) => ({ classId: klass.id, studentId })),
    });
    await recordAnswer(me.id, questions[0]?.id ?? "", "Good", "2026-12-01T08:00:00Z");
    await recordAnswer(other.id, questions[0]?.id ?? "", "Good", "2026-12-01T08:00:00Z");
    const jar = await signInThroughAuthJs(me.email, PASSWORD);

    await deleteAccount({ userId: me.id, password: PASSWORD });

    expect(await app.prisma.user.count({ where: { id: me.id } })).toBe(0);
    expect(await app.prisma.review.count({ where: { userId: me.id } })).toBe(0);
    expect(await app.prisma.card.count({ where: { userId: me.id } })).toBe(0);
    expect(await app.prisma.classMember.count({ where: { classId: klass.id } })).toBe(1);
    expect(await app.prisma.review.count({ where: { userId: other.id } })).toBe(1);
    expect((await next(jar)).status).toBe(401);
  });

  it("deletes a teacher with their classes, assignments and decks; students keep their answers", async () => {
    const teacher = await newUser("teacher");
    const student = await newUser();
    const klass = await app.prisma.class.create({
      data: {
        teacherId: teacher.id,
        courseId: COURSE,
        name: "11A",
        joinCode: randomUUID().slice(0, 8),
      },
    });
    await app.prisma.classMember.create({ data: { classId: klass.id, studentId: student.id } });
    const deck = await app.prisma.customDeck.create({
      data: {
        teacherId: teacher.id,
        courseId: COURSE,
        title: "Treaties",
        filters: {},
        questionIds: [questions[0]?.id ?? ""],
      },
    });
    await app.prisma.assignment.create({
      data: {
        classId: klass.id,
        deckId: deck.id,
        dueDay: "2026-12-20",
        timeZone: "Asia/Baku",
        goal: "all_correct",
      },
    });
    await recordAnswer(student.id, questions[0]?.id ?? "", "Good", "2026-12-01T08:00:00Z");

    await deleteAccount({ userId: teacher.id, password: PASSWORD });

    expect(await app.prisma.class.count({ where: { id: klass.id } })).toBe(0);
    expect(await app.prisma.customDeck.count({ where: { id: deck.id } })).toBe(0);
    expect(await app.prisma.assignment.count({ where: { classId: klass.id } })).toBe(0);
    expect(await app.prisma.review.count({ where: { userId: student.id } })).toBe(1);
  });

  it("only ever deletes the user it is given: another user's password does not delete them", async () => {
    const me = await newUser();
    const other = await newUser();
    await rejection(deleteAccount({ userId: other.id, password: "my-own-password-not-theirs" }));
    expect(await app.prisma.user.count({ where: { id: { in: [me.id, other.id] } } })).toBe(2);
  });
});

describe("the new password's policy", () => {
  it("refuses a weak or unchanged new password, naming the field, and changes nothing", async () => {
    const me = await newUser();
    for (const newPassword of ["aaaaaaaa", me.email, PASSWORD]) {
      const error = await rejection(
        changeAccountPassword({ user: me, currentPassword: PASSWORD, newPassword }),
      );
      expect(error.field, newPassword).toBe("newPassword");
    }
    expect(await verifyUserPassword({ email: me.email, password: PASSWORD })).not.toBeNull();
  });
});
