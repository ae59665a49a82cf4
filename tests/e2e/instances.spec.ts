import { expect, type Page, test } from "@playwright/test";
import { answerShownQuestion, secondInstanceUrl, signUp, uniqueEmail } from "./helpers";

// Two app processes on one PostgreSQL database (playwright.config.ts starts the second when
// DATABASE_URL is set): what a student does on one is what the other serves. Cookies are per host,
// not per port, so the browser's session is the same on both.

const COURSE = "azerbaijan-kazakhstan";
const first = "";
const second = secondInstanceUrl();

test.skip(second === null, "needs the second app instance, run on a PostgreSQL server");

async function newCount(page: Page, instance: string): Promise<number> {
  await page.goto(`${instance}/courses/${COURSE}`);
  const text = await page.locator('[data-deck="all"] [data-count="new"]').textContent();
  return Number.parseInt(text ?? "", 10);
}

/** Starts the whole course on `instance`, answers the first question and waits for its receipt. */
async function answerOneOn(page: Page, instance: string): Promise<void> {
  await page.goto(`${instance}/courses/${COURSE}`);
  await page
    .locator('[data-deck="all"]')
    .getByRole("link", { name: /^Start/ })
    .click();
  await expect(page.locator(".prompt")).toBeVisible();
  const receipt = page.waitForResponse(
    (response) =>
      response.url().endsWith("/api/study/answers") && response.request().method() === "POST",
  );
  await answerShownQuestion(page);
  const response = await receipt;
  expect(response.status()).toBeLessThan(300);
  expect(new URL(response.url()).port).toBe(new URL(instance || page.url()).port);
}

test("an answer given on one instance is counted on the other, both ways", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const otherUrl = second ?? "";
  await signUp(page, {
    name: "Two Instances",
    email: uniqueEmail(testInfo, "instances"),
    role: "student",
  });
  const before = await newCount(page, first);
  expect(await newCount(page, otherUrl)).toBe(before);

  await answerOneOn(page, first);
  expect(await newCount(page, otherUrl)).toBe(before - 1);

  await answerOneOn(page, otherUrl);
  expect(await newCount(page, first)).toBe(before - 2);
});

test("an account's sign-in throttle holds across instances: five wrong on one, the sixth refused on the other", async ({
  page,
  request,
}, testInfo) => {
  const email = uniqueEmail(testInfo, "two-instance-throttle");
  await signUp(page, { name: "Guessed At", email, role: "student" });
  const attempt = async (instance: string, password: string) => {
    const base = instance || (testInfo.project.use.baseURL ?? "");
    const csrf = await request.get(`${base}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await request.post(`${base}/api/auth/callback/credentials`, {
      form: { csrfToken, email, password, callbackUrl: "/home" },
      maxRedirects: 0,
    });
    return response.headers().location ?? "";
  };
  for (let i = 0; i < 5; i += 1) {
    expect(await attempt(first, `wrong-guess-${i}`)).toMatch(/error=CredentialsSignin/);
  }
  expect(await attempt(second ?? "", "another-wrong-guess")).toMatch(/code=throttled/);
});
