import { expect, test } from "@playwright/test";
import { answerShownQuestion, signUp, uniqueEmail } from "./helpers";

// The phone project alone runs this file.
const COURSE = "azerbaijan-kazakhstan";

test("the study page fits a 360×640 phone with thumb-sized targets", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await signUp(page, {
    name: "Small Phone",
    email: uniqueEmail(testInfo, "small"),
    role: "student",
  });
  await page.goto(`/study/${COURSE}/kind-dates`);
  const check = page.getByRole("button", { name: "Check" });
  await expect(check).toBeInViewport();
  const box = await check.boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
  for (const option of await page.locator(".option").all()) {
    expect((await option.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  }
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);
});

test('the feedback panel\'s report and "I was right" are thumb-sized and using them moves nothing', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await signUp(page, {
    name: "Small Reporter",
    email: uniqueEmail(testInfo, "smallrep"),
    role: "student",
  });
  await page.goto(`/study/${COURSE}/kind-dates`);
  await answerShownQuestion(page);
  const feedback = page.locator(".feedback");
  const answer = feedback.locator(".expected");
  const report = feedback.getByRole("button", { name: /^Report/ });
  expect((await report.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  const before = await answer.boundingBox();

  await report.click();
  const dialog = page.getByRole("dialog", { name: "Report this question" });
  for (const label of await dialog.locator("label.choice").all()) {
    expect((await label.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  }
  await dialog.getByLabel("Too easy").check();
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(feedback.getByRole("status").filter({ hasText: "Reported ✓" })).toBeVisible();
  expect((await answer.boundingBox())?.y).toBe(before?.y);

  // A wrong typed answer (the helper types "Baku" for a date) can be disputed, in place too.
  const disagree = feedback.getByRole("button", { name: "I was right" });
  if (await disagree.isVisible()) {
    expect((await disagree.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await disagree.click();
    await expect(feedback.getByRole("status").filter({ hasText: "Marked right ✓" })).toBeVisible();
    expect((await answer.boundingBox())?.y).toBe(before?.y);
  }
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(360);
});
