import { expect, type Page, test } from "@playwright/test";
import {
  expectAccessible,
  formAlert,
  GOOD_PASSWORD,
  readMail,
  signUp,
  submitSignUp,
  uniqueEmail,
} from "./helpers";

/** What the page says once the sign-up form has answered, with the address itself taken out. */
async function answerText(page: Page, email: string): Promise<string> {
  // Either the form refused the address beside its field, or the page moved on.
  const answered = page
    .locator("#email-error")
    .or(page.getByRole("heading", { level: 1, name: /^(?!Create an account$)/ }));
  await expect(answered.first()).toBeVisible();
  const text = (await page.getByRole("main").textContent()) ?? "";
  return text.replaceAll(email, "<email>");
}

test("sign-up answers alike whether or not the email already has an account", async ({
  browser,
}, testInfo) => {
  const taken = uniqueEmail(testInfo, "taken");
  const first = await browser.newPage();
  await submitSignUp(first, { name: "First", email: taken, role: "student" });
  await answerText(first, taken);

  const fresh = await browser.newPage();
  const freshEmail = uniqueEmail(testInfo, "fresh");
  await submitSignUp(fresh, { name: "Second", email: freshEmail, role: "teacher" });
  const again = await browser.newPage();
  await submitSignUp(again, { name: "Second", email: taken, role: "teacher" });

  const [freshAnswer, againAnswer] = [
    await answerText(fresh, freshEmail),
    await answerText(again, taken),
  ];
  expect(againAnswer).not.toContain("already");
  expect(againAnswer).toBe(freshAnswer);
  expect(new URL(again.url()).pathname).toBe(new URL(fresh.url()).pathname);
});

test("the mailed link confirms the address once; a signed-in user can have a new one sent", async ({
  page,
}, testInfo) => {
  const email = uniqueEmail(testInfo, "confirm");
  await signUp(page, { name: "Confirm Me", email, role: "student" });
  const first = await readMail(email, "email-verification");

  await page.goto("/verify-email");
  await expect(page.getByRole("main")).toContainText(`${email} is not confirmed yet`);
  const resent = Date.now();
  await page.getByRole("button", { name: "Send me a new link" }).click();
  await expect(page.getByRole("status")).toContainText("We sent a new link");
  const second = await readMail(email, "email-verification", resent);
  expect(second.link).not.toBe(first.link);

  // The newer link voids the older one.
  await page.goto(first.link);
  await expect(formAlert(page)).toContainText("This link no longer works");
  await page.goto(second.link);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByRole("status")).toHaveText("Your email address is confirmed.");
  await expect(page.getByRole("main")).toContainText(`${email} is confirmed`);
});

test("a new address takes effect once its mailed link is followed", async ({ page }, testInfo) => {
  const email = uniqueEmail(testInfo, "mover");
  const newEmail = uniqueEmail(testInfo, "moved");
  await signUp(page, { name: "Mover", email, role: "student" });
  await page.goto("/account");
  const section = page.getByRole("region", { name: "Email address" });
  await expect(section.getByTestId("account-email")).toHaveText(email);
  await section.getByText("Change email address").click();
  await section.getByLabel("New email address").fill(newEmail);
  await section.getByLabel("Password, to confirm it is you").fill("not-my-password");
  await section.getByRole("button", { name: "Send a link to the new address" }).click();
  await expect(section.locator("#emailChangePassword-error")).toHaveText(
    "That is not your current password.",
  );
  await section.getByLabel("Password, to confirm it is you").fill(GOOD_PASSWORD);
  await section.getByRole("button", { name: "Send a link to the new address" }).click();
  await expect(section.getByRole("status")).toContainText(`We sent a link to ${newEmail}`);
  await expect(section.getByTestId("account-email")).toHaveText(email);

  const mail = await readMail(newEmail, "email-change");
  await page.goto(mail.link);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByRole("status")).toHaveText("Your email address is confirmed.");
  await page.goto("/account");
  await expect(section.getByTestId("account-email")).toHaveText(newEmail);
  await expect(section).toContainText("confirmed");
});
