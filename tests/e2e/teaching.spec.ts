import { type Browser, devices, expect, type Page, test } from "@playwright/test";
import {
  createClass,
  dayFromToday,
  expectAccessible,
  joinClass,
  signUp,
  uniqueEmail,
} from "./helpers";

// Two browser contexts in one test (a desktop teacher, a phone student): the desktop project alone
// runs this file, and the phone context is made here with the Pixel 7 profile.

const COURSE = "azerbaijan-kazakhstan";

async function phonePage(browser: Browser): Promise<Page> {
  const { defaultBrowserType: _, ...pixel } = devices["Pixel 7"];
  const context = await browser.newContext(pixel);
  return context.newPage();
}

/** Builds a multiple-choice deck of the 1990s with one question taken out; returns its size. */
async function buildDeck(page: Page, title: string): Promise<number> {
  await page.goto(`/teacher/decks/new?course=${COURSE}`);
  const count = page.getByTestId("deck-count");
  const read = async () => Number.parseInt((await count.textContent()) ?? "", 10);
  await expect(count).toHaveText(/^\d+ questions?$/);
  const whole = await read();
  await page.getByRole("group", { name: "Question types" }).getByLabel("Multiple choice").check();
  await expect.poll(read).toBeLessThan(whole);
  const multipleChoice = await read();
  await page.getByRole("group", { name: "Decades" }).getByLabel("1990s").check();
  await expect.poll(read).toBeLessThan(multipleChoice);
  const filtered = await read();
  expect(filtered).toBeGreaterThan(3);

  const matching = page.getByRole("list", { name: "Matching questions" });
  const first = matching.locator("li[data-question-id]").first();
  await first.locator("details summary").click();
  await expect(first.locator("details")).toContainText("Answer");
  await first.getByRole("checkbox", { name: "In deck" }).uncheck();
  await expect(count).toHaveText(`${filtered - 1} questions`);

  await page.getByLabel("Deck title").fill(title);
  await page.getByRole("button", { name: "Save deck" }).click();
  await expect(page).toHaveURL(/\/teacher\/decks(\?|$)/);
  await expect(page.getByRole("status").filter({ hasText: "Deck created." })).toBeVisible();
  return filtered - 1;
}

/** The student's next question in a deck and its correct answer, from the API the session uses. */
async function nextQuestion(page: Page, deckId: string) {
  const next = await page.request.get(`/api/study/next?course=${COURSE}&deck=${deckId}`);
  expect(next.status()).toBe(200);
  const { question } = (await next.json()) as {
    question: { id: string; prompt: string; options: { text: string }[] };
  };
  const reveal = await page.request.get(
    `/api/study/reveal?course=${COURSE}&question=${question.id}`,
  );
  const { back } = (await reveal.json()) as { back: string };
  const answer = back.split("\n\n")[0] ?? "";
  const wrong = question.options.find((o) => o.text !== answer)?.text ?? "";
  return { ...question, answer, wrong };
}

test("a teacher sets a deck to a class, a student joins on a phone and studies, the teacher sees it", async ({
  page: teacher,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  await signUp(teacher, {
    name: "Teacher Journey",
    email: uniqueEmail(testInfo, "teach"),
    role: "teacher",
  });
  const className = `10B History ${Date.now().toString(36)}`;
  const { classId, code } = await createClass(teacher, className);
  await expectAccessible(teacher);
  const deckTitle = "Nineties, multiple choice";
  const deckSize = await buildDeck(teacher, deckTitle);

  await teacher.goto(`/teacher/classes/${classId}`);
  await teacher
    .getByLabel("Deck", { exact: true })
    .selectOption({ label: `${deckTitle} (${deckSize} questions)` });
  await teacher.getByLabel("Due date").fill(dayFromToday(7));
  await teacher.getByLabel("Every question right once").check();
  await teacher.getByRole("button", { name: "Set assignment" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Assignment set." })).toBeVisible();
  await expect(teacher.getByTestId("assignment-row")).toContainText(deckTitle);

  // The student, on a phone, joins with the code typed loosely.
  const student = await phonePage(browser);
  const studentName = "Leyla Ağayeva";
  await signUp(student, {
    name: studentName,
    email: uniqueEmail(testInfo, "pupil"),
    role: "student",
  });
  await joinClass(student, code, className);

  await student.goto("/home");
  const assignment = student.getByTestId("home-assignment");
  await expect(assignment).toContainText(deckTitle);
  await expect(assignment).toContainText(className);
  await expectAccessible(student);
  await assignment.getByRole("link", { name: `Study ${deckTitle}` }).click();
  await expect(student).toHaveURL(new RegExp(`/study/${COURSE}/custom-`));
  const deckId = /\/study\/[^/]+\/([^/?#]+)/.exec(student.url())?.[1] ?? "";

  // One wrong answer (a known option), then one right one.
  const first = await nextQuestion(student, deckId);
  await expect(student.getByText(first.prompt)).toBeVisible();
  await student.locator(".option", { hasText: first.wrong }).first().click();
  await student.getByRole("button", { name: "Check" }).click();
  await expect(student.locator(".feedback-title")).toHaveText("Not quite");
  await student.getByRole("button", { name: /^Next/ }).click();

  const second = await nextQuestion(student, deckId);
  expect(second.id).not.toBe(first.id);
  await expect(student.getByText(second.prompt)).toBeVisible();
  await student.locator(".option", { hasText: second.answer }).first().click();
  await student.getByRole("button", { name: "Check" }).click();
  await expect(student.locator(".feedback-title")).toHaveText("Correct");

  await student.goto("/home");
  await expect(student.getByTestId("home-assignment")).toContainText(`1 of ${deckSize}`);

  // The teacher's analytics: the student's row and the question the class got wrong.
  await teacher.goto(`/teacher/classes/${classId}/analytics`);
  const row = teacher.getByTestId("student-row").filter({ hasText: studentName });
  await expect(row).toBeVisible();
  await expect(row).toContainText("On track");
  const questions = teacher.getByTestId("question-row");
  await expect(questions).toHaveCount(2);
  const missed = questions.filter({ hasText: first.prompt });
  await expect(missed).toContainText(`100% chose ${first.wrong} instead of ${first.answer}`);
  await expectAccessible(teacher);

  const csv = await teacher.request.get(`/api/teacher/classes/${classId}/export/students`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString("utf8")).toContain(studentName);
  await student.context().close();
});

test("teacher pages show nothing to anyone but their teacher", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  await signUp(page, {
    name: "Owner Teacher",
    email: uniqueEmail(testInfo, "own"),
    role: "teacher",
  });
  const { classId } = await createClass(page, "Private class");
  await buildDeck(page, "Private deck");
  const deckHref = await page
    .locator("li[data-deck-id]")
    .first()
    .getByRole("link", { name: /^Edit/ })
    .getAttribute("href");
  const pages = [
    `/teacher/classes/${classId}`,
    `/teacher/classes/${classId}/analytics`,
    `/teacher/classes/${classId}/code`,
    deckHref ?? "",
  ];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    await expect(page.getByText("404")).toHaveCount(0);
  }

  const other = await (await browser.newContext()).newPage();
  await signUp(other, {
    name: "Other Teacher",
    email: uniqueEmail(testInfo, "oth"),
    role: "teacher",
  });
  const madeUp = [
    "/teacher/classes/c-made-up",
    "/teacher/classes/c-made-up/analytics",
    "/teacher/decks/d-made-up",
  ];
  for (const path of [...pages, ...madeUp]) {
    const response = await other.goto(path);
    expect(response?.status(), `${path} as another teacher`).toBe(404);
    await expect(other.getByText("Private class")).toHaveCount(0);
    await expect(other.getByText("Private deck")).toHaveCount(0);
  }

  const student = await (await browser.newContext()).newPage();
  await signUp(student, {
    name: "Nosy Student",
    email: uniqueEmail(testInfo, "nosy"),
    role: "student",
  });
  for (const path of pages) {
    await student.goto(path);
    await expect(student, `${path} as a student`).toHaveURL(/\/home\?notice=teacher-only$/);
  }

  const anonymous = await (await browser.newContext()).newPage();
  for (const path of pages) {
    await anonymous.goto(path);
    await expect(anonymous, `${path} anonymous`).toHaveURL(/\/sign-in\?callbackUrl=/);
  }
  for (const p of [other, student, anonymous]) await p.context().close();
});
