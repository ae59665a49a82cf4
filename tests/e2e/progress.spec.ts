import { expect, test } from "@playwright/test";
import { expectAccessible, signUp, uniqueEmail } from "./helpers";

const COURSE = "azerbaijan-kazakhstan";

test("home and statistics show the student's own progress, accessibly", async ({
  page,
}, testInfo) => {
  await signUp(page, {
    name: "Progress Student",
    email: uniqueEmail(testInfo, "progress"),
    role: "student",
  });
  await expect(page.getByTestId("home-done")).toHaveText("0");
  await expect(page.getByTestId("home-streak")).toHaveText("0 d");
  await expectAccessible(page);

  const posted: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith("/api/study/answers") && request.method() === "POST") {
      posted.push((request.postDataJSON() as { questionId: string }).questionId);
    }
  });
  await page.getByRole("link", { name: /^Continue/ }).click();
  for (let i = 0; i < 2; i += 1) {
    await page.getByRole("checkbox", { name: "Flashcards" }).check();
    await page.getByRole("button", { name: "Show answer" }).click();
    await page.getByRole("button", { name: /Good/ }).click();
    await expect(page.getByText(new RegExp(`^${i + 1} of \\d+ answered$`))).toBeVisible();
  }

  await page.goto("/home");
  await expect(page.getByTestId("home-done")).toHaveText("2");
  await expect(page.getByTestId("home-streak")).toHaveText("1 d");

  await page.getByRole("link", { name: "Statistics" }).click();
  await expect(page.getByRole("heading", { name: "Statistics", level: 1 })).toBeVisible();
  await expect(page.getByTestId("total-reviews")).toHaveText("2");
  await expect(page.getByRole("img", { name: /Reviews per day/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Reviews due per day/ })).toBeVisible();
  await expectAccessible(page);

  const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Exam date").fill(inAMonth);
  await page.getByRole("button", { name: "Plan" }).click();
  await expect(page.getByRole("table").filter({ hasText: "Predicted recall" })).toContainText("%");
  await expectAccessible(page);

  const [first] = posted;
  await page.goto(`/stats/${COURSE}/questions/${first}`);
  await expect(page.getByRole("table")).toContainText("Good");
  await expectAccessible(page);
});

test("a student cannot see another student's statistics by guessing ids", async ({
  page,
  browser,
}, testInfo) => {
  await signUp(page, {
    name: "Private One",
    email: uniqueEmail(testInfo, "private"),
    role: "student",
  });
  await page.goto(`/study/${COURSE}/all`);
  await page.getByRole("checkbox", { name: "Flashcards" }).check();
  const posted = page.waitForRequest(
    (r) => r.url().endsWith("/api/study/answers") && r.method() === "POST",
  );
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: /Easy/ }).click();
  const { questionId } = (await posted).postDataJSON() as { questionId: string };

  const other = await browser.newPage();
  await signUp(other, {
    name: "Curious Two",
    email: uniqueEmail(testInfo, "curious"),
    role: "student",
  });
  await other.goto(`/stats/${COURSE}/questions/${questionId}`);
  await expect(other.getByText("0 answers · 0 right · forgotten 0×")).toBeVisible();
  await other.goto(`/stats/${COURSE}`);
  await expect(other.getByTestId("total-reviews")).toHaveText("0");
  await other.close();
});
