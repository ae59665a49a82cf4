import { expect, type Page, test } from "@playwright/test";
import {
  answerShownQuestion,
  createClass,
  dayFromToday,
  expectAccessible,
  joinClass,
  signUp,
  uniqueEmail,
} from "./helpers";

// Both projects run this file: on the phone project every user is on a phone, on the desktop one on
// a desktop (a second user's context takes the project's options too).

const COURSE = "azerbaijan-kazakhstan";

/** Every question of a deck, in a practice order, as the study session's API serves them. */
async function deckQuestionIds(page: Page, deckId: string): Promise<string[]> {
  const seen: string[] = [];
  for (;;) {
    const response = await page.request.get(
      `/api/study/next?course=${COURSE}&deck=${deckId}&mode=practice&seed=7&seen=${seen.join(",")}`,
    );
    expect(response.status()).toBe(200);
    const { question } = (await response.json()) as { question: { id: string } | null };
    if (!question) return seen;
    seen.push(question.id);
    expect(seen.length, "a small deck").toBeLessThan(60);
  }
}

/** The question the session shows, with its id (the same first question the API gives). */
async function shownQuestion(page: Page, deckId: string) {
  const prompt = (await page.locator(".prompt").textContent()) ?? "";
  const next = await page.request.get(`/api/study/next?course=${COURSE}&deck=${deckId}`);
  const { question } = (await next.json()) as { question: { id: string; prompt: string } };
  expect(question.prompt).toBe(prompt);
  return question;
}

/** Reports the question of the feedback panel and waits for the acknowledgement. */
async function reportFromFeedback(page: Page, reason: string, note: string) {
  const feedback = page.locator(".feedback");
  await feedback.getByRole("button", { name: /^Report/ }).click();
  const dialog = page.getByRole("dialog", { name: "Report this question" });
  await dialog.getByLabel(reason).check();
  await dialog.getByLabel("Note (optional)").fill(note);
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(dialog).toBeHidden();
  await expect(feedback.getByRole("status").filter({ hasText: "Reported ✓" })).toBeVisible();
  // Reporting never holds up studying.
  await expect(page.getByRole("button", { name: "Next" })).toBeEnabled();
}

test("a student reports a question; their teacher reads it with its sources and takes it out of the class", async ({
  page: teacher,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  await signUp(teacher, {
    name: "Report Teacher",
    email: uniqueEmail(testInfo, "rteach"),
    role: "teacher",
  });
  const className = `Reports ${testInfo.project.name} ${Date.now().toString(36)}`;
  const { classId, code } = await createClass(teacher, className);

  // A small deck, the 1980s: the built-in 1980s deck has the same questions.
  await teacher.goto(`/teacher/decks/new?course=${COURSE}`);
  const count = teacher.getByTestId("deck-count");
  const read = async () => Number.parseInt((await count.textContent()) ?? "", 10);
  await expect(count).toHaveText(/^\d+ questions?$/);
  const whole = await read();
  await teacher.getByRole("group", { name: "Decades" }).getByLabel("1980s").check();
  await expect.poll(read).toBeLessThan(whole);
  const deckSize = await read();
  expect(deckSize).toBeGreaterThan(2);
  const deckTitle = "Eighties";
  await teacher.getByLabel("Deck title").fill(deckTitle);
  await teacher.getByRole("button", { name: "Save deck" }).click();
  await expect(teacher).toHaveURL(/\/teacher\/decks(\?|$)/);
  await teacher.goto(`/teacher/classes/${classId}`);
  await teacher
    .getByLabel("Deck", { exact: true })
    .selectOption({ label: `${deckTitle} (${deckSize} questions)` });
  await teacher.getByLabel("Due date").fill(dayFromToday(7));
  await teacher.getByLabel("Every question right once").check();
  await teacher.getByRole("button", { name: "Set assignment" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Assignment set." })).toBeVisible();

  // The student joins, studies the assignment, answers and reports the question.
  const student = await (await browser.newContext()).newPage();
  const studentName = "Nigar Reporter";
  await signUp(student, {
    name: studentName,
    email: uniqueEmail(testInfo, "rpupil"),
    role: "student",
  });
  await joinClass(student, code, className);
  await student.goto("/home");
  await student.getByRole("link", { name: `Study ${deckTitle}` }).click();
  await expect(student).toHaveURL(new RegExp(`/study/${COURSE}/custom-`));
  const deckId = /\/study\/[^/]+\/([^/?#]+)/.exec(student.url())?.[1] ?? "";
  expect(await deckQuestionIds(student, deckId)).toHaveLength(deckSize);
  const question = await shownQuestion(student, deckId);
  await answerShownQuestion(student);
  const note = "Two answers fit the question as it is worded.";
  await reportFromFeedback(student, "The question is unclear", note);
  await expectAccessible(student);

  // The teacher sees it on the reports page, with the question and its sources.
  await teacher.goto("/teacher/reports");
  const card = teacher.getByTestId("reported-question").filter({ hasText: question.prompt });
  await expect(card).toBeVisible();
  const report = card.getByTestId("report");
  await expect(report).toContainText("The question is unclear");
  await expect(report).toContainText(note);
  await expect(report).toContainText(studentName);
  await expect(
    card.getByRole("region", { name: "Sources" }).locator("blockquote").first(),
  ).toBeVisible();
  await expect(card.getByTestId("class-standing").filter({ hasText: className })).toContainText(
    "1 attempt",
  );
  await expectAccessible(teacher);
  const reportHref =
    (await card.getByRole("link", { name: "Open this report" }).getAttribute("href")) ?? "";
  expect(reportHref).toMatch(/^\/teacher\/reports\/[^/]+$/);

  // … and takes it out of the class.
  const form = card.getByTestId("exclusion-form");
  await form.getByRole("checkbox", { name: className }).check();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText(`Saved: taken out of ${className}.`);
  await expect(card.getByTestId("class-standing").filter({ hasText: className })).toContainText(
    "taken out",
  );

  // The class's assignment no longer asks it; the student's built-in deck and the teacher's deck do.
  const assigned = await deckQuestionIds(student, deckId);
  expect(assigned).toHaveLength(deckSize - 1);
  expect(assigned).not.toContain(question.id);
  expect(await deckQuestionIds(student, "decade-1980s")).toContain(question.id);
  await student.goto("/home");
  await expect(student.getByTestId("home-assignment")).toContainText(
    `of ${deckSize - 1} questions`,
  );
  await teacher.goto("/teacher/decks");
  await expect(teacher.locator("li[data-deck-id]").filter({ hasText: deckTitle })).toContainText(
    `${deckSize} questions`,
  );

  // The class page lists it as taken out; the report's own page opens for its teacher.
  await teacher.goto(`/teacher/classes/${classId}`);
  await expect(teacher.getByTestId("excluded-question")).toContainText(question.prompt);
  await teacher.goto(reportHref);
  await expect(
    teacher.getByRole("heading", { level: 1, name: `Report by ${studentName}` }),
  ).toBeVisible();
  await student.context().close();
});

test("another teacher cannot open a report: 404, like a made-up id", async ({
  page: teacher,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  await signUp(teacher, {
    name: "Own Teacher",
    email: uniqueEmail(testInfo, "rown"),
    role: "teacher",
  });
  const className = `Private reports ${Date.now().toString(36)}`;
  const { code } = await createClass(teacher, className);

  const student = await (await browser.newContext()).newPage();
  await signUp(student, {
    name: "Private Pupil",
    email: uniqueEmail(testInfo, "rpriv"),
    role: "student",
  });
  await joinClass(student, code, className);
  await student.goto(`/study/${COURSE}/all`);
  await answerShownQuestion(student);
  const note = "Only my teacher should read this.";
  await reportFromFeedback(student, "The answer is wrong", note);

  await teacher.goto("/teacher/reports");
  const link = teacher.getByRole("link", { name: "Open this report" }).first();
  const href = (await link.getAttribute("href")) ?? "";
  const reportId = href.split("/").at(-1) ?? "";
  const own = await teacher.goto(href);
  expect(own?.status()).toBe(200);
  await expect(teacher.getByText(note)).toBeVisible();
  const madeUp = await teacher.goto("/teacher/reports/r-made-up");
  expect(madeUp?.status()).toBe(404);

  const other = await (await browser.newContext()).newPage();
  await signUp(other, {
    name: "Other Teacher",
    email: uniqueEmail(testInfo, "roth"),
    role: "teacher",
  });
  const response = await other.goto(href);
  expect(response?.status(), "another teacher").toBe(404);
  await expect(other.getByText(note)).toHaveCount(0);
  await other.goto("/teacher/reports");
  await expect(other.getByText(note)).toHaveCount(0);
  const api = await other.request.get(`/api/reports/${reportId}`);
  expect(api.status()).toBe(404);
  const mine = await student.request.get(`/api/reports/${reportId}`);
  expect(mine.status()).toBe(200);
  expect(((await mine.json()) as { note: string }).note).toBe(note);

  for (const p of [student, other]) await p.context().close();
});
