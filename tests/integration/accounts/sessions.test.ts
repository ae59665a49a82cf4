import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as postAnswer } from "@/app/api/study/answers/route";
import { GET as getNext } from "@/app/api/study/next/route";
import { getCourse } from "@/lib/server/courses";
import { createUser } from "@/lib/server/data/users/create-user";
import { setUpAppDatabase } from "../helpers/app-database";
import {
  appRequest,
  type CookieJar,
  sessionOf,
  signInThroughAuthJs,
  signOutThroughAuthJs,
} from "../helpers/auth-session";

const COURSE = "azerbaijan-kazakhstan";
const PASSWORD = "salt-marsh-orbit-42";
const questionId = getCourse(COURSE)?.questions[0]?.id ?? "";
const app = setUpAppDatabase();

let counter = 0;
async function newStudent(): Promise<{ id: string; email: string }> {
  counter += 1;
  const email = `session-${counter}-${randomUUID().slice(0, 8)}@example.test`;
  const { id } = await createUser({
    name: "Session Student",
    email,
    password: PASSWORD,
    role: "student",
  });
  return { id, email };
}

const next = (jar: CookieJar) =>
  getNext(appRequest(jar, `/api/study/next?course=${COURSE}&deck=all`), undefined);
const answer = (jar: CookieJar) =>
  postAnswer(
    appRequest(jar, "/api/study/answers", {
      method: "POST",
      json: {
        answerId: randomUUID(),
        courseId: COURSE,
        deckId: "all",
        questionId,
        mode: "flashcard",
        rating: "Good",
        responseMs: 1000,
      },
    }),
    undefined,
  );

describe("sessions that end", () => {
  it("refuses a signed-out session's cookie on GET and POST, and pages see no session", async () => {
    const student = await newStudent();
    const jar = await signInThroughAuthJs(student.email, PASSWORD);
    expect((await next(jar)).status).toBe(200);
    expect((await sessionOf(jar))?.user?.id).toBe(student.id);

    const kept = jar.copy(); // what a thief, or the same browser's back button, still holds
    await signOutThroughAuthJs(jar);

    const get = await next(kept);
    expect(get.status).toBe(401);
    expect(((await get.json()) as { error: { code: string } }).error.code).toBe("UNAUTHENTICATED");
    expect((await answer(kept)).status).toBe(401);
    expect(await sessionOf(kept)).toBeNull();
    expect(await app.prisma.review.count({ where: { userId: student.id } })).toBe(0);
  });

  it("signs out every device: a second sign-in's cookie stops working too", async () => {
    const student = await newStudent();
    const phone = await signInThroughAuthJs(student.email, PASSWORD);
    const laptop = await signInThroughAuthJs(student.email, PASSWORD);
    await signOutThroughAuthJs(phone);
    expect((await next(laptop)).status).toBe(401);
    // Signing in again works, with a cookie of the new version.
    const again = await signInThroughAuthJs(student.email, PASSWORD);
    expect((await next(again)).status).toBe(200);
  });

  it("answers a deleted user's cookie with 401, not 500", async () => {
    const student = await newStudent();
    const jar = await signInThroughAuthJs(student.email, PASSWORD);
    expect((await answer(jar)).status).toBe(201);
    await app.prisma.user.delete({ where: { id: student.id } });
    const post = await answer(jar);
    expect(post.status).toBe(401);
    expect((await next(jar)).status).toBe(401);
    expect(await sessionOf(jar)).toBeNull();
  });
});
