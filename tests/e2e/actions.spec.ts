import { type APIResponse, expect, type Page, type Request, test } from "@playwright/test";
import fc from "fast-check";
import { signUp, uniqueEmail } from "./helpers";

// Server actions under hostile input: a real submission is captured, then replayed with its form
// fields replaced (the framework's own fields and the encrypted bound ids are kept). Whatever the
// values, the answer is never a 5xx, and invalid input writes nothing. Desktop project only.

const COURSE = "azerbaijan-kazakhstan";

interface CapturedAction {
  url: string;
  headers: Record<string, string>;
  /** Multipart fields in order; the form's own fields are named `_1_<name>` by React. */
  fields: Array<[string, string]>;
}

function parseMultipart(body: string, contentType: string): Array<[string, string]> {
  const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
  if (!boundary) throw new Error(`not multipart: ${contentType}`);
  return body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const [head = "", ...rest] = part.replace(/^\r\n/, "").split("\r\n\r\n");
      const name = /name="([^"]*)"/.exec(head)?.[1] ?? "";
      return [name, rest.join("\r\n\r\n").replace(/\r\n$/, "")];
    });
}

/** Submits a form with `submit` and captures the server action request it sends. */
async function captureAction(page: Page, submit: () => Promise<void>): Promise<CapturedAction> {
  const captured = page.waitForRequest(
    (r: Request) => r.method() === "POST" && !!r.headers()["next-action"],
  );
  await submit();
  const request = await captured;
  await request.response();
  const headers = request.headers();
  return {
    url: request.url(),
    headers: {
      "next-action": headers["next-action"] ?? "",
      "next-router-state-tree": headers["next-router-state-tree"] ?? "",
      accept: "text/x-component",
    },
    fields: parseMultipart(request.postData() ?? "", headers["content-type"] ?? ""),
  };
}

/** Replays a captured action with some form fields replaced (and extra ones added). */
function replay(
  page: Page,
  action: CapturedAction,
  values: Record<string, string>,
): Promise<APIResponse> {
  const seen = new Set<string>();
  const fields: Record<string, string> = {};
  for (const [name, value] of action.fields) {
    const field = name.replace(/^_1_/, "");
    if (name.startsWith("_1_") && field in values) {
      fields[name] = values[field] ?? "";
      seen.add(field);
    } else {
      fields[name] = value;
    }
  }
  for (const [field, value] of Object.entries(values)) {
    if (!seen.has(field)) fields[`_1_${field}`] = value;
  }
  return page.request.post(action.url, { headers: action.headers, multipart: fields });
}

const hostile = fc.oneof(
  fc.string(),
  fc.string({ minLength: 200, maxLength: 5000 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "null",
    "undefined",
    "-1",
    "1e309",
    "NaN",
    "9999-99-99",
    "0000-00-00",
    "2026-02-30",
    "<script>alert(1)</script>",
    "'; DROP TABLE classes; --",
    "../../etc/passwd",
    '{"__proto__":{"admin":true}}',
    "Ağayeva",
  ),
);

/** Fuzzes the named fields of a captured action: never a 5xx. */
async function fuzz(page: Page, action: CapturedAction, names: readonly string[], runs: number) {
  const cases = fc.sample(
    fc.record(Object.fromEntries(names.map((n) => [n, hostile])), { requiredKeys: [] }),
    { numRuns: runs, seed: 20261122 },
  ) as Array<Record<string, string>>;
  for (const values of cases) {
    const response = await replay(page, action, values);
    expect(response.status(), JSON.stringify(values).slice(0, 200)).toBeLessThan(500);
  }
}

test("teacher actions refuse hostile form input without a 5xx and without writing", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await signUp(page, {
    name: "Fuzz Teacher",
    email: uniqueEmail(testInfo, "afuzz"),
    role: "teacher",
  });

  // New class: an invalid name or course writes no class.
  await page.goto("/teacher");
  const createClass = await captureAction(page, async () => {
    await page.getByLabel("Class name").fill("");
    await page.getByRole("button", { name: "Create class" }).click();
  });
  const invalid: Array<Record<string, string>> = [
    { name: "" },
    { name: "x".repeat(81) },
    { name: "Valid", courseId: "made-up" },
    { name: "Valid", courseId: "" },
  ];
  for (const values of invalid) {
    const response = await replay(page, createClass, values);
    expect(response.status()).toBe(200);
    // The replay reached the action: its answer is the form state with the field's error.
    expect(await response.text()).toContain("fieldErrors");
  }
  await page.goto("/teacher");
  await expect(page.getByTestId("teacher-class")).toHaveCount(0);
  await fuzz(page, createClass, ["courseId"], 40);
  await page.goto("/teacher");
  await expect(page.getByTestId("teacher-class")).toHaveCount(0);
  await fuzz(page, createClass, ["name"], 20);

  // A deck: an invalid title or course, forged question ids, never a 5xx.
  await page.goto(`/teacher/decks/new?course=${COURSE}`);
  await expect(page.getByTestId("deck-count")).toHaveText(/\d+ questions/);
  const saveDeck = await captureAction(page, async () => {
    await page.getByLabel("Deck title").fill("");
    await page.getByRole("button", { name: "Save deck" }).click();
  });
  await fuzz(page, saveDeck, ["title", "courseId", "deckId", "added", "removed", "themes"], 50);

  // An assignment, in a real class with a real deck: forged decks, dates, goals and zones.
  await page.goto("/teacher");
  await page.getByLabel("Class name").fill("Fuzz class");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fuzz class" })).toBeVisible();
  const classUrl = page.url();
  await page.goto(`/teacher/decks/new?course=${COURSE}`);
  await page.getByRole("group", { name: "Decades" }).getByLabel("1990s").check();
  await page.getByLabel("Deck title").fill("Fuzz deck");
  await page.getByRole("button", { name: "Save deck" }).click();
  await expect(page).toHaveURL(/\/teacher\/decks(\?|$)/);
  await page.goto(classUrl);
  const setAssignment = await captureAction(page, async () => {
    await page.getByLabel("Due date").fill("");
    await page.getByRole("button", { name: "Set assignment" }).click();
  });
  await fuzz(page, setAssignment, ["deckId", "dueDay", "goal", "goalReviews", "timeZone"], 60);
  await page.goto(classUrl);
  await expect(page.getByTestId("assignment-row")).toHaveCount(0);
});

test("student and sign-up actions refuse hostile form input without a 5xx", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const anonymous = await browser.newPage();
  await anonymous.goto("/sign-up");
  const signUpAction = await captureAction(anonymous, async () => {
    await anonymous.getByRole("button", { name: "Create account" }).click();
  });
  await fuzz(anonymous, signUpAction, ["name", "email", "password", "role", "timeZone"], 40);
  await anonymous.close();

  await signUp(page, {
    name: "Fuzz Student",
    email: uniqueEmail(testInfo, "sfuzz"),
    role: "student",
  });
  await page.goto("/settings");
  const saveSettings = await captureAction(page, async () => {
    await page.getByLabel("New questions per day").fill("-5");
    await page.getByRole("button", { name: "Save settings" }).click();
  });
  await fuzz(
    page,
    saveSettings,
    ["desiredRetention", "newPerDay", "maxReviewsPerDay", "learningSteps", "timeZone"],
    50,
  );
  // Join links with made-up or hostile codes: a page saying so, never a 5xx, never a class.
  for (const code of fc.sample(hostile, { numRuns: 30, seed: 5 })) {
    const response = await page.goto(`/join/${encodeURIComponent(code || "x")}`);
    expect(response?.status(), code.slice(0, 80)).toBeLessThan(500);
  }
  await page.goto("/classes");
  await expect(page.getByTestId("student-class")).toHaveCount(0);
});
