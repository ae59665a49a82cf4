import { expect, test } from "@playwright/test";
import {
  expectAccessible,
  formAlert,
  GOOD_PASSWORD,
  readMail,
  signIn,
  signOut,
  signUp,
  submitSignUp,
  uniqueEmail,
} from "./helpers";

test("sign up, sign out and sign in again as a student", async ({ page }, testInfo) => {
  const email = uniqueEmail(testInfo, "student");
  await signUp(page, { name: "Aigerim Test", email, role: "student" });
  await expect(page).toHaveURL(/\/home$/);
  const header = page.getByRole("banner");
  await expect(header).toContainText("Aigerim Test");
  await expect(header).toContainText("student");
  await expectAccessible(page);

  await signOut(page);
  await expect(page.getByRole("status")).toHaveText("You are signed out.");
  await expect(page.getByRole("banner")).not.toContainText("Aigerim Test");

  await signIn(page, email);
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole("banner")).toContainText("Aigerim Test");
});

test("a teacher lands on the teacher home", async ({ page }, testInfo) => {
  await signUp(page, {
    name: "Rashad Teacher",
    email: uniqueEmail(testInfo, "teacher"),
    role: "teacher",
  });
  await expect(page).toHaveURL(/\/teacher$/);
  await expect(page.getByRole("banner")).toContainText("teacher");
  await expectAccessible(page);
});

test("a wrong password is refused with a clear message", async ({ page }, testInfo) => {
  const email = uniqueEmail(testInfo, "wrongpw");
  await signUp(page, { name: "Wrong Password", email, role: "student" });
  await signOut(page);
  await signIn(page, email, "not-the-password-at-all");
  await expect(formAlert(page)).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByLabel("Email")).toHaveValue(email);
});

test("weak and malformed sign-up input gets field-level errors", async ({ page }, testInfo) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Weak Password");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#email-error")).toContainText("valid email address");
  await expect(page.locator("#password-error")).toContainText("too common");
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await page.getByLabel("Email").fill(uniqueEmail(testInfo, "short"));
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#password-error")).toContainText("at least 8 characters");
});

test("signing up twice with one email makes no second account and mails the owner", async ({
  page,
  browser,
}, testInfo) => {
  const email = uniqueEmail(testInfo, "dup");
  await signUp(page, { name: "First", email, role: "student" });
  await expect(page).toHaveURL(/\/home$/);
  const other = await browser.newPage();
  const before = Date.now();
  await submitSignUp(other, { name: "Second", email, role: "teacher", password: "other-pass-99x" });
  await expect(other).toHaveURL(/\/sign-up\/check-email$/);
  const mail = await readMail(email, "sign-up-attempt", before);
  expect(mail.text).toContain("Hello First");
  await signIn(other, email, "other-pass-99x");
  await expect(formAlert(other)).toHaveText("Wrong email or password.");
  await other.close();
});

test("the wrong role is redirected home with a notice", async ({ page }, testInfo) => {
  await signUp(page, {
    name: "Curious Student",
    email: uniqueEmail(testInfo, "role"),
    role: "student",
  });
  await page.goto("/teacher");
  await expect(page).toHaveURL(/\/home\?notice=teacher-only/);
  await expect(page.getByRole("status")).toHaveText(
    "That page is for teachers. You are signed in as a student.",
  );
});

test("anonymous visitors are sent to sign in and brought back", async ({ page }, testInfo) => {
  const email = uniqueEmail(testInfo, "back");
  await signUp(page, { name: "Come Back", email, role: "teacher" });
  await signOut(page);
  await page.goto("/teacher");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fteacher/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(GOOD_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/teacher$/);
});

test("repeated wrong passwords are throttled with a wait time", async ({ page }, testInfo) => {
  const email = uniqueEmail(testInfo, "throttle");
  await signUp(page, { name: "Throttle Me", email, role: "student" });
  await signOut(page);
  for (let i = 0; i < 5; i += 1) {
    await signIn(page, email, `wrong-password-${i}`);
    await expect(formAlert(page)).toHaveText("Wrong email or password.");
  }
  await signIn(page, email, GOOD_PASSWORD);
  await expect(formAlert(page)).toHaveText(/Too many sign-in attempts\. Try again in \d+ s\./);
});

test("public pages have no serious accessibility violations", async ({ page }) => {
  for (const path of ["/", "/sign-in", "/sign-up"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
});

test("the demo student can sign in", async ({ page }) => {
  await signIn(page, "student@example.com", "caspian-student-demo");
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole("banner")).toContainText("Demo Student");
});

test.describe("a student signing up in Baku", () => {
  test.use({ timezoneId: "Asia/Baku" });

  test("gets study days in their own time zone", async ({ page }, testInfo) => {
    await signUp(page, {
      name: "Baku Student",
      email: uniqueEmail(testInfo, "baku"),
      role: "student",
    });
    await page.goto("/settings");
    await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Baku");
  });
});
