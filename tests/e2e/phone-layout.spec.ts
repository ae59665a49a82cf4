import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

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
