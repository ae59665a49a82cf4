import { expect, test } from "@playwright/test";
import {
  createClass,
  expectAccessible,
  formAlert,
  GOOD_PASSWORD,
  joinClass,
  readMail,
  signIn,
  signOut,
  signUp,
  uniqueEmail,
} from "./helpers";

const NEW_PASSWORD = "copper-delta-lantern-7";

test("forgotten password: ask, follow the mailed link, choose a new one, sign in", async ({
  page,
  browser,
}, testInfo) => {
  const email = uniqueEmail(testInfo, "forgot");
  await signUp(page, { name: "Forgetful", email, role: "student", confirm: true });
  await signOut(page);
  // Still signed in on another device, which the reset must sign out.
  const laptop = await browser.newPage();
  await signIn(laptop, email);
  await expect(laptop).toHaveURL(/\/home$/);

  await page.getByRole("link", { name: "Forgotten your password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expectAccessible(page);
  const asked = Date.now();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status")).toContainText(
    `If an account with a confirmed address ${email} exists, we sent a link`,
  );

  const mail = await readMail(email, "password-reset", asked);
  expect(mail.link).toMatch(/^\/reset-password\?token=[\w-]{43}$/);
  await page.goto(mail.link);
  await expect(page.getByRole("main")).toContainText(email);
  await expectAccessible(page);
  await page.getByLabel("New password", { exact: true }).fill("password123");
  await page.getByLabel("New password again").fill("password123");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.locator("#password-error")).toContainText(/common|guess/);

  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("New password again").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=password-reset$/);
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    "Your new password is saved",
  );

  await laptop.goto("/home");
  await expect(laptop).toHaveURL(/\/sign-in\?callbackUrl=%2Fhome$/);
  await laptop.close();

  await signIn(page, email, GOOD_PASSWORD);
  await expect(formAlert(page)).toHaveText("Wrong email or password.");
  await signIn(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/home$/);

  // The link worked once.
  await page.goto(mail.link);
  await expect(formAlert(page)).toContainText("This link no longer works");
});

test("the forgotten-password form answers alike for an unknown address", async ({
  page,
}, testInfo) => {
  const email = uniqueEmail(testInfo, "nobody");
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status")).toContainText(
    `If an account with a confirmed address ${email} exists, we sent a link`,
  );
});

test("a teacher has a reset link mailed to a student of their class, without seeing it", async ({
  page,
  browser,
}, testInfo) => {
  await signUp(page, {
    name: "Ms Aliyeva",
    email: uniqueEmail(testInfo, "teacher"),
    role: "teacher",
  });
  const { classId, code } = await createClass(page, "7A Reset");

  const student = await browser.newPage();
  const studentEmail = uniqueEmail(testInfo, "pupil");
  await signUp(student, { name: "Pupil", email: studentEmail, role: "student", confirm: true });
  await joinClass(student, code, "7A Reset");

  await page.goto(`/teacher/classes/${classId}`);
  const asked = Date.now();
  await page.getByText("Password reset").click();
  await page.getByRole("button", { name: "Send Pupil a reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sent." })).toBeVisible();

  const mail = await readMail(studentEmail, "password-reset", asked);
  expect(mail.text).toContain("Ms Aliyeva");
  const token = new URL(mail.link, "http://x").searchParams.get("token") ?? "";
  expect(await page.content()).not.toContain(token);

  await student.goto(mail.link);
  await student.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await student.getByLabel("New password again").fill(NEW_PASSWORD);
  await student.getByRole("button", { name: "Save the new password" }).click();
  await expect(student).toHaveURL(/\/sign-in\?notice=password-reset$/);
  await student.close();
});
