import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";

let counter = 0;

/** An address no other test (or earlier run against the same database) has used. */
export function uniqueEmail(testInfo: TestInfo, label: string): string {
  counter += 1;
  const stamp = `${Date.now().toString(36)}${process.pid.toString(36)}${counter}`;
  return `${label}-${testInfo.project.name}-${stamp}@example.test`;
}

export const GOOD_PASSWORD = "salt-marsh-orbit-42";

type SignUpOptions = {
  name: string;
  email: string;
  password?: string;
  role: "student" | "teacher";
};

/** Submits the sign-up form (and stays on it if the input is refused). */
export async function submitSignUp(page: Page, options: SignUpOptions): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(options.name);
  await page.getByLabel("Email").fill(options.email);
  await page.getByLabel("Password").fill(options.password ?? GOOD_PASSWORD);
  await page.getByLabel(options.role === "teacher" ? "Teacher" : "Student").check();
  await page.getByRole("button", { name: "Create account" }).click();
}

/** Signs up and waits for the role's home page. */
export async function signUp(page: Page, options: SignUpOptions): Promise<void> {
  await submitSignUp(page, options);
  await expect(page).toHaveURL(options.role === "teacher" ? /\/teacher$/ : /\/home$/);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/);
}

/** The form's own alert (Next.js also renders a route announcer with role=alert). */
export function formAlert(page: Page) {
  return page.getByRole("main").getByRole("alert");
}

export async function signIn(page: Page, email: string, password = GOOD_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** No serious or critical axe violation on the current page. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}
