import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
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

/**
 * Signs up, then signs in with the password (sign-up itself signs nobody in: it answers "check your
 * email" whether or not the address had an account), and waits for the role's home page. With
 * `confirm`, first follows the confirmation link from the mail, as a person would.
 */
export async function signUp(
  page: Page,
  options: SignUpOptions & { confirm?: boolean },
): Promise<void> {
  await submitSignUp(page, options);
  await expect(page).toHaveURL(/\/sign-up\/check-email/);
  if (options.confirm) await confirmEmail(page, options.email);
  await signIn(page, options.email, options.password);
  await expect(page).toHaveURL(options.role === "teacher" ? /\/teacher$/ : /\/home$/);
}

export interface SentMail {
  to: string;
  kind: string;
  subject: string;
  text: string;
  /** The first link in the mail, as a path with its query, so the page can go to it. */
  link: string;
}

/**
 * The latest mail of `kind` to `to` in the app's outbox (MAIL_OUTBOX_DIR, set by
 * playwright.config.ts), waiting until it is written (mails go out after the response).
 */
export async function readMail(to: string, kind: string, after = 0): Promise<SentMail> {
  const dir = process.env.MAIL_OUTBOX_DIR;
  if (!dir) throw new Error("MAIL_OUTBOX_DIR is not set (playwright.config.ts sets it)");
  let found: SentMail | undefined;
  await expect
    .poll(
      async () => {
        const names = (await readdir(dir).catch(() => [] as string[]))
          .filter((name) => name.endsWith(".json") && Number(name.split("-")[0]) >= after)
          .sort()
          .reverse();
        for (const name of names) {
          const mail = JSON.parse(await readFile(path.join(dir, name), "utf8")) as SentMail;
          if (mail.to === to && mail.kind === kind) {
            const url = /https?:\/\/\S+/.exec(mail.text)?.[0] ?? "";
            const parsed = new URL(url || "http://invalid/");
            found = { ...mail, link: parsed.pathname + parsed.search };
            return true;
          }
        }
        return false;
      },
      { message: `a ${kind} mail to ${to}`, timeout: 10_000 },
    )
    .toBe(true);
  return found as SentMail;
}

/** Follows the confirmation link mailed to `email` and confirms. */
export async function confirmEmail(page: Page, email: string): Promise<void> {
  const mail = await readMail(email, "email-verification");
  await page.goto(mail.link);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByRole("status")).toHaveText("Your email address is confirmed.");
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

/** Gives some well-formed answer to whatever question is shown; returns its type. */
export async function answerShownQuestion(page: Page): Promise<string> {
  const type = await fillShownQuestion(page);
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.locator(".feedback")).toBeVisible();
  return type;
}

/** Gives some answer to the question on screen (not sent yet); returns its type. */
export async function fillShownQuestion(page: Page): Promise<string> {
  const meta = (await page.locator(".question-meta").textContent()) ?? "";
  const type = meta.split("·")[1]?.trim().toLowerCase() ?? "";
  if (type === "typed") {
    await page.getByLabel("Your answer").fill("Baku");
  } else if (type === "matching") {
    for (const select of await page.locator(".match-list select").all()) {
      await select.selectOption({ index: 1 });
    }
  } else if (type === "chronology") {
    await page.locator(".order-item").first().getByRole("button", { name: /later/ }).click();
  } else {
    await page.locator(".option").first().click();
  }
  return type;
}

/** A date input's value `days` from today, in the browser's zone. */
export function dayFromToday(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Creates a class on the teacher's home; returns its id and join code ("ABCD-EFGH"). */
export async function createClass(page: Page, name: string) {
  await page.goto("/teacher");
  await page.getByLabel("Class name").fill(name);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const classId = /\/teacher\/classes\/([^/?#]+)/.exec(page.url())?.[1] ?? "";
  const code = (await page.getByTestId("join-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  return { classId, code };
}

/** Joins a class with its code typed loosely, as a student, and waits for the confirmation. */
export async function joinClass(page: Page, code: string, className: string): Promise<void> {
  await page.goto("/join");
  await page.getByLabel("Class code").fill(` ${code.toLowerCase()} `);
  await page.getByRole("button", { name: "Find the class" }).click();
  await page.getByRole("button", { name: `Join ${className}` }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `You joined ${className}.` }),
  ).toBeVisible();
}

/**
 * A second app process on the same PostgreSQL database (set by playwright.config.ts when the tests run
 * on a server database), for what must hold across instances: throttles, rate limits, sign-out.
 * Null on the embedded database, which one process owns.
 */
export function secondInstanceUrl(): string | null {
  return process.env.E2E_SECOND_BASE_URL || null;
}
