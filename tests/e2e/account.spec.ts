import { mkdirSync, readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import {
  expectAccessible,
  formAlert,
  GOOD_PASSWORD,
  secondInstanceUrl,
  signIn,
  signOut,
  signUp,
  uniqueEmail,
} from "./helpers";

const NEW_PASSWORD = "kestrel-velvet-lantern-7";
const COURSE = "azerbaijan-kazakhstan";

/** The error shown beside a field (Field renders it as #<name>-error). */
const fieldError = (page: Page, name: string) => page.locator(`#${name}-error`);

async function openAccount(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("link", { name: "Account" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
}

test("change name: the header shows the new one", async ({ page }, testInfo) => {
  await signUp(page, { name: "Old Name", email: uniqueEmail(testInfo, "rename"), role: "student" });
  await openAccount(page);
  await expectAccessible(page);
  await page.getByRole("textbox", { name: "Name" }).fill("   ");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(fieldError(page, "name")).toHaveText("Enter your name.");
  await page.getByRole("textbox", { name: "Name" }).fill("Aigerim Renamed");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page).toHaveURL(/\/account\?done=name$/);
  await expect(page.getByRole("status").filter({ hasText: "Name saved." })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Name" })).toHaveValue("Aigerim Renamed");
  await expect(page.getByRole("banner")).toContainText("Aigerim Renamed");
  await page.goto("/home");
  await expect(page.getByRole("banner")).toContainText("Aigerim Renamed");
});

test("sign-out ends the session: its cookie is refused on GET and POST", async ({
  page,
  browser,
}, testInfo) => {
  await signUp(page, { name: "Leaving", email: uniqueEmail(testInfo, "signout"), role: "student" });
  const kept = await page.context().cookies();
  await signOut(page);
  const thief = await browser.newContext();
  await thief.addCookies(kept);
  const get = await thief.request.get(`/api/study/next?course=${COURSE}&deck=all`);
  expect(get.status()).toBe(401);
  const post = await thief.request.post("/api/study/answers", { data: {} });
  expect(post.status()).toBe(401);
  const stale = await thief.newPage();
  await stale.goto("/home");
  await expect(stale).toHaveURL(/\/sign-in\?callbackUrl=%2Fhome/);
  await thief.close();
});

test("change password: this session stays, every other one (and the old cookie) is refused", async ({
  page,
  browser,
}, testInfo) => {
  const email = uniqueEmail(testInfo, "passwd");
  await signUp(page, { name: "Changing", email, role: "student" });
  const oldCookies = await page.context().cookies();
  const laptop = await browser.newContext();
  await laptop.addCookies(oldCookies);
  expect((await laptop.request.get(`/api/study/next?course=${COURSE}&deck=all`)).status()).toBe(
    200,
  );

  await openAccount(page);
  const current = page.getByLabel("Current password");
  const next = page.getByLabel("New password");
  await current.fill("not-my-password");
  await next.fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(fieldError(page, "currentPassword")).toHaveText(
    "That is not your current password.",
  );
  await current.fill(GOOD_PASSWORD);
  await next.fill("aaaaaaaa");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(fieldError(page, "newPassword")).toContainText("too easy to guess");
  await current.fill(GOOD_PASSWORD);
  await next.fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/account\?done=password$/);
  await expect(page.getByRole("status").filter({ hasText: "Password changed." })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Changing");

  // This browser is still signed in, with a new cookie.
  expect((await page.request.get(`/api/study/next?course=${COURSE}&deck=all`)).status()).toBe(200);
  await page.goto("/home");
  await expect(page.getByRole("banner")).toContainText("Changing");
  // The other device, and the old cookie itself, are not.
  expect((await laptop.request.get(`/api/study/next?course=${COURSE}&deck=all`)).status()).toBe(
    401,
  );
  await laptop.close();

  await signOut(page);
  await signIn(page, email, GOOD_PASSWORD);
  await expect(formAlert(page)).toHaveText("Wrong email or password.");
  await signIn(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/home$/);
});

test("download my data: JSON and FSRS CSV files of one's own", async ({ page }, testInfo) => {
  const email = uniqueEmail(testInfo, "export");
  await signUp(page, { name: "Exporter", email, role: "student" });
  await openAccount(page);
  const json = page.waitForEvent("download");
  await page.getByRole("link", { name: "All my data (JSON)" }).click();
  const jsonFile = await json;
  expect(jsonFile.suggestedFilename()).toMatch(/^caspian-recall-\d{4}-\d{2}-\d{2}-data\.json$/);
  const data = JSON.parse(readFileSync(await jsonFile.path(), "utf8"));
  expect(data.profile.email).toBe(email);
  expect(data).toHaveProperty("reviews");

  const csv = page.waitForEvent("download");
  await page.getByRole("link", { name: "My answers (CSV)" }).click();
  const csvFile = await csv;
  expect(csvFile.suggestedFilename()).toMatch(/fsrs-revlog\.csv$/);
  expect(readFileSync(await csvFile.path(), "utf8")).toBe(
    "card_id,review_time,review_rating,review_state,review_duration\r\n",
  );
});

test("delete my account: the password is required, then the account is gone", async ({
  page,
}, testInfo) => {
  const email = uniqueEmail(testInfo, "delete");
  await signUp(page, { name: "Deleting Teacher", email, role: "teacher" });
  await openAccount(page);
  await expect(page.getByRole("region", { name: "Delete my account" })).toContainText(
    "Your classes are deleted",
  );
  await page.getByLabel("Your password").fill("not-my-password");
  await page.getByLabel("Type DELETE to confirm").fill("delete");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(fieldError(page, "password")).toHaveText("That is not your current password.");
  await page.getByLabel("Your password").fill(GOOD_PASSWORD);
  await page.getByLabel("Type DELETE to confirm").fill("DELETE");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/sign-in\?accountDeleted=1/);
  await expect(page.getByRole("status")).toHaveText("Your account has been deleted.");
  await signIn(page, email, GOOD_PASSWORD);
  await expect(formAlert(page)).toHaveText("Wrong email or password.");
});

test("the account page at phone and desktop sizes", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one set of screenshots is enough");
  await signUp(page, {
    name: "Screenshot Student",
    email: uniqueEmail(testInfo, "shot"),
    role: "student",
  });
  mkdirSync("/tmp/shots-accounts", { recursive: true });
  for (const [width, height] of [
    [360, 640],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    // No horizontal scrolling at either size.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    await page.screenshot({
      path: `/tmp/shots-accounts/account-${width}x${height}.png`,
      fullPage: true,
    });
    await page.screenshot({ path: `/tmp/shots-accounts/account-${width}x${height}-top.png` });
  }
});

test("a sign-out on one instance is refused by the other within the session cache's 15 s", async ({
  page,
  browser,
}, testInfo) => {
  const second = secondInstanceUrl();
  test.skip(!second || testInfo.project.name !== "desktop", "needs a second app instance");
  await signUp(page, {
    name: "Two Servers",
    email: uniqueEmail(testInfo, "twoinst"),
    role: "student",
  });
  const kept = await page.context().cookies();
  const other = await browser.newContext({ baseURL: second ?? undefined });
  // Cookies are per host name, not per port: both instances read the same cookie.
  await other.addCookies(kept);
  const nextOnSecond = () => other.request.get(`/api/study/next?course=${COURSE}&deck=all`);
  expect((await nextOnSecond()).status()).toBe(200); // the second instance has now cached it
  await signOut(page);
  const signedOutAt = Date.now();
  await expect.poll(async () => (await nextOnSecond()).status(), { timeout: 20_000 }).toBe(401);
  expect(Date.now() - signedOutAt).toBeLessThan(15_000 + 3_000);
  await other.close();
});
