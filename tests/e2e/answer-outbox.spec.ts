import { expect, type Page, test } from "@playwright/test";
import { fillShownQuestion, signUp, uniqueEmail } from "./helpers";

const COURSE = "azerbaijan-kazakhstan";
const ANSWERS = "**/api/study/answers";

/** The answers waiting in the browser's outbox. */
function outbox(page: Page): Promise<unknown[]> {
  return page.evaluate(() => JSON.parse(localStorage.getItem("caspian:outbox") ?? "[]"));
}

// Issue 13, failure 2: the outbox deleted an answer on any 500. It keeps it on a 5xx (and 401,
// 429…) and drops it only when the API says it can never be recorded, and then says so.
test("an answer refused with a 500 is kept and sent again; one the API refuses for good is dropped, and the student is told", async ({
  page,
}, testInfo) => {
  await signUp(page, {
    name: "Outbox Student",
    email: uniqueEmail(testInfo, "outbox"),
    role: "student",
  });
  await page.goto(`/study/${COURSE}/all`);
  await expect(page.locator(".prompt")).toBeVisible();
  const statuses: number[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith("/api/study/answers") && response.request().method() === "POST") {
      statuses.push(response.status());
    }
  });

  // A database just back from a crash: the server answers 500 once.
  let failures = 1;
  await page.route(ANSWERS, async (route) => {
    if (failures-- > 0) {
      await route.fulfill({
        status: 500,
        json: { error: { code: "INTERNAL", message: "Something went wrong on our side." } },
      });
    } else {
      await route.continue();
    }
  });
  await fillShownQuestion(page);
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByRole("status")).toContainText("saved on this device");
  await expect.poll(() => outbox(page)).toHaveLength(1);
  // Resent by itself: recorded once, and the outbox is empty.
  await expect(page.locator(".feedback")).toBeVisible({ timeout: 15_000 });
  expect(statuses).toEqual([500, 201]);
  expect(await outbox(page)).toHaveLength(0);

  // The next answer is refused for good (its deck is gone): dropped, and the student is told.
  await page.unroute(ANSWERS);
  await page.route(ANSWERS, (route) =>
    route.fulfill({
      status: 404,
      json: { error: { code: "NOT_FOUND", message: "Deck not found." } },
    }),
  );
  await page.getByRole("button", { name: /Next/ }).click();
  await fillShownQuestion(page);
  await page.getByRole("button", { name: "Check" }).click();
  await expect(
    page.getByRole("alert").filter({
      hasText:
        "Your answer could not be recorded and was removed from this device: Deck not found.",
    }),
  ).toBeVisible();
  expect(await outbox(page)).toHaveLength(0);
});
