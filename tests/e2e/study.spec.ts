import { expect, type Page, test } from "@playwright/test";
import { answerShownQuestion, expectAccessible, signUp, uniqueEmail } from "./helpers";

const COURSE = "azerbaijan-kazakhstan";

async function setNewPerDay(page: Page, count: number): Promise<void> {
  await page.goto("/settings");
  await page.getByLabel("New questions per day").fill(String(count));
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Settings saved.");
}

async function deckCounts(page: Page, deckId: string) {
  await page.goto(`/courses/${COURSE}`);
  const deck = page.locator(`[data-deck="${deckId}"]`);
  const read = async (name: string) =>
    Number.parseInt((await deck.locator(`[data-count="${name}"]`).textContent()) ?? "", 10);
  return { total: await read("total"), new: await read("new"), due: await read("due") };
}

test("a student answers every type of question, with sources, reload, undo and changed counts", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await signUp(page, {
    name: "Study Journey",
    email: uniqueEmail(testInfo, "study"),
    role: "student",
  });
  await setNewPerDay(page, 150);
  const before = await deckCounts(page, "all");
  expect(before.new).toBe(before.total);
  await expectAccessible(page);

  const posted: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith("/api/study/answers") && request.method() === "POST") {
      posted.push((request.postDataJSON() as { questionId: string }).questionId);
    }
  });
  await page
    .locator('[data-deck="all"]')
    .getByRole("link", { name: /^Start/ })
    .click();
  await expect(page.locator(".prompt")).toBeVisible();
  await expectAccessible(page);

  const types = new Set<string>();
  const allTypes = [
    "multiple choice",
    "true false",
    "typed",
    "chronology",
    "which came first",
    "matching",
    "cloze",
  ];
  let answered = 0;
  let lastPrompt = "";
  while (types.size < allTypes.length && answered < 80) {
    lastPrompt = (await page.locator(".prompt").textContent()) ?? "";
    types.add(await answerShownQuestion(page));
    answered += 1;
    await expect(page.locator(".citation figcaption").first()).toContainText("—");
    await expect(page.locator(".expected")).toContainText("Answer:");
    if (answered === 1) {
      await expectAccessible(page);
      await page.reload();
      await expect(page.getByText(/^1 of \d+ answered$/)).toBeVisible();
      continue;
    }
    await page.getByRole("button", { name: "Next" }).click();
  }
  expect([...types].sort()).toEqual([...allTypes].sort());

  // Undo the last answer: the same question comes back and the count goes down.
  await page.getByRole("button", { name: "Undo last answer" }).click();
  await expect(page.getByText("Answer undone.")).toBeVisible();
  await expect(page.locator(".prompt")).toHaveText(lastPrompt);
  await expect(page.getByText(new RegExp(`^${answered - 1} of \\d+ answered$`))).toBeVisible();
  const undone = posted.pop();
  expect(undone).toBeDefined();

  const after = await deckCounts(page, "all");
  expect(after.new).toBe(before.new - new Set(posted).size);
});

test("a short session ends with a summary and the time of the next review", async ({
  page,
}, testInfo) => {
  await signUp(page, {
    name: "Short Session",
    email: uniqueEmail(testInfo, "short"),
    role: "student",
  });
  await setNewPerDay(page, 2);
  await page.goto(`/study/${COURSE}/all`);
  for (let i = 0; i < 2; i += 1) {
    await answerShownQuestion(page);
    await page.getByRole("button", { name: "Next" }).click();
  }
  await expect(page.getByRole("heading", { name: "Done for today" })).toBeVisible();
  await expect(page.getByText(/Your next review is due/)).toBeVisible();
  await expect(page.getByTestId("summary-answered")).toHaveText("2");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Practise anyway" }).click();
  await expect(page.locator(".prompt")).toBeVisible();
  await answerShownQuestion(page);
  await expect(page.getByText(/Comes back/)).toHaveCount(0);
});

/** Presses Tab until the focused element matches, like a keyboard user would. */
async function tabTo(page: Page, matches: (el: { tag: string; text: string }) => boolean) {
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => ({
      tag: document.activeElement?.tagName ?? "",
      text: document.activeElement?.textContent?.trim() ?? "",
    }));
    if (matches(focused)) return;
  }
  throw new Error("could not reach the element with Tab");
}

test("a keyboard-only session: 1–4 to choose, Enter to check and go on, U to undo", async ({
  page,
}, testInfo) => {
  await signUp(page, {
    name: "Keyboard Only",
    email: uniqueEmail(testInfo, "keys"),
    role: "student",
  });
  await page.goto(`/study/${COURSE}/kind-dates`);
  await expect(page.locator(".prompt")).toBeVisible();
  for (let i = 0; i < 4; i += 1) {
    const meta = (await page.locator(".question-meta").textContent()) ?? "";
    if (meta.includes("typed")) {
      await expect(page.getByLabel("Your answer")).toBeFocused();
      await page.keyboard.type("1992");
      await page.keyboard.press("Enter");
    } else if (meta.includes("chronology") || meta.includes("matching")) {
      if (meta.includes("matching")) {
        for (let s = 0; s < (await page.locator(".match-list select").count()); s += 1) {
          await tabTo(page, (el) => el.tag === "SELECT");
          await page.keyboard.press("ArrowDown");
        }
      }
      await tabTo(page, (el) => el.tag === "BUTTON" && el.text === "Check");
      await page.keyboard.press("Enter");
    } else {
      await page.keyboard.press("1");
      await expect(page.locator(".option input").first()).toBeChecked();
      await page.keyboard.press("Enter");
    }
    await expect(page.locator(".feedback")).toBeVisible();
    await expect(page.getByRole("button", { name: "Next" })).toBeFocused();
    if (i < 3) {
      await page.keyboard.press("Enter");
      await expect(page.locator(".feedback")).toHaveCount(0);
    }
  }
  await page.keyboard.press("u");
  await expect(page.getByText("Answer undone.")).toBeVisible();
});

test("an answer given offline is kept, then sent once when the connection returns", async ({
  page,
  context,
}, testInfo) => {
  await signUp(page, {
    name: "Offline Student",
    email: uniqueEmail(testInfo, "offline"),
    role: "student",
  });
  const before = await deckCounts(page, "all");
  await page.goto(`/study/${COURSE}/all`);
  await expect(page.locator(".prompt")).toBeVisible();
  const created: number[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith("/api/study/answers") && response.request().method() === "POST") {
      created.push(response.status());
    }
  });
  await context.setOffline(true);
  const meta = (await page.locator(".question-meta").textContent()) ?? "";
  if (meta.includes("typed")) await page.getByLabel("Your answer").fill("Astana");
  else if (meta.includes("matching")) {
    for (const select of await page.locator(".match-list select").all())
      await select.selectOption({ index: 1 });
  } else if (!meta.includes("chronology")) await page.locator(".option").first().click();
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByRole("status")).toContainText("You are offline");
  await context.setOffline(false);
  await expect(page.locator(".feedback")).toBeVisible({ timeout: 15_000 });
  expect(created.filter((s) => s === 201)).toHaveLength(1);
  const after = await deckCounts(page, "all");
  expect(after.new).toBe(before.new - 1);
});

test("another student's answer cannot be undone or re-graded", async ({
  page,
  browser,
}, testInfo) => {
  await signUp(page, { name: "Owner", email: uniqueEmail(testInfo, "owner"), role: "student" });
  await page.goto(`/study/${COURSE}/all`);
  const posted = page.waitForRequest(
    (r) => r.url().endsWith("/api/study/answers") && r.method() === "POST",
  );
  await answerShownQuestion(page);
  const { answerId } = (await posted).postDataJSON() as { answerId: string };

  const intruder = await browser.newPage();
  await signUp(intruder, {
    name: "Intruder",
    email: uniqueEmail(testInfo, "intruder"),
    role: "student",
  });
  const undo = await intruder.request.delete(`/api/study/answers/${answerId}`);
  expect(undo.status()).toBe(404);
  const regrade = await intruder.request.patch(`/api/study/answers/${answerId}`, {
    data: { rating: "Easy" },
  });
  expect(regrade.status()).toBe(404);
  await intruder.close();

  const anonymous = await browser.newContext();
  const denied = await anonymous.request.delete(`/api/study/answers/${answerId}`);
  expect(denied.status()).toBe(401);
  await anonymous.close();

  // The owner's answer is still there: undo works for them.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("Answer undone.")).toBeVisible();
});
