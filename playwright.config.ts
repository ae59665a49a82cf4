import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3107);
// The app writes each mail there as JSON (MAIL_OUTBOX_DIR) and the tests read the links from it.
// Set once here; the test workers inherit it.
process.env.MAIL_OUTBOX_DIR ??= mkdtempSync(path.join(tmpdir(), "caspian-e2e-mail-"));
const baseURL = `http://localhost:${PORT}`;
/**
 * On a PostgreSQL server (DATABASE_URL set, as in CI) a second app process serves the same database
 * on PORT + 1, for what must hold across instances; tests read its address from
 * E2E_SECOND_BASE_URL (tests/e2e/helpers.ts secondInstanceUrl). The embedded database has one owner.
 */
const secondBaseURL = process.env.DATABASE_URL ? `http://localhost:${PORT + 1}` : "";
process.env.E2E_SECOND_BASE_URL = secondBaseURL;
const AUTH_SECRET = process.env.AUTH_SECRET ?? "e2e-only-secret-0123456789abcdef0123456789";

/** `npm start` on `port`: the same start path as production (build if stale, migrate, seed). */
function appServer(port: number, env: Record<string, string> = {}) {
  return {
    command: "npm start",
    url: `http://localhost:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    env: {
      PORT: String(port),
      AUTH_SECRET,
      // The specs sign in as the demo accounts: on a PostgreSQL server they exist only in demo mode.
      DEMO: "1",
      // Every spec signs up its own users from 127.0.0.1, more than a class does in an hour.
      RATE_LIMIT_SIGN_UPS_PER_HOUR: process.env.RATE_LIMIT_SIGN_UPS_PER_HOUR ?? "100000",
      ...env,
    },
  };
}

/** A system Chromium (CHROMIUM_PATH, or `chromium` on PATH) when present; Playwright's own otherwise. */
function systemChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      const found = execFileSync("which", [name], { encoding: "utf8" }).trim();
      if (found && existsSync(found)) return found;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

const executablePath = systemChromium();
const launchOptions = {
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  outputDir: "test-results/playwright-artifacts",
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  // Whole journeys (sign up, confirm, sign in on two devices…) on a busy 2-core machine running two
  // app instances and PostgreSQL: a test waits for states, and this bounds the whole of it.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: { baseURL, trace: "retain-on-failure", launchOptions },
  projects: [
    {
      name: "phone",
      use: { ...devices["Pixel 7"], launchOptions },
      // Layout-independent journeys (API contracts, limits, mail flows, the outbox's decisions,
      // reports) run once, on the desktop; the phone runs what its screen changes.
      testIgnore:
        /(api|actions|teaching|instances|limits|email|password-reset|answer-outbox|reports)\.spec\.ts/,
    },
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], launchOptions },
      testIgnore: /phone-layout\.spec\.ts/,
    },
  ],
  // Started in order, each once its URL answers: the second start finds the first's build current
  // (and the build lock would make it wait for that build otherwise).
  webServer: [
    appServer(PORT, {
      // A fresh embedded database per run when no server is configured.
      DATA_DIR: path.join(mkdtempSync(path.join(tmpdir(), "caspian-e2e-")), "pglite"),
      MAIL_OUTBOX_DIR: process.env.MAIL_OUTBOX_DIR ?? "",
      APP_URL: baseURL,
    }),
    ...(secondBaseURL
      ? [appServer(PORT + 1, { MAIL_OUTBOX_DIR: process.env.MAIL_OUTBOX_DIR ?? "" })]
      : []),
  ],
});
