import { randomUUID } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import fc from "fast-check";
import { createClass, signUp, uniqueEmail } from "./helpers";

// The API does not depend on the viewport: the desktop project alone runs this file.

const COURSE = "azerbaijan-kazakhstan";

/** Every route handler under app/api, as "/api/a/[b]" paths. */
function routeFiles(dir = "app/api"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [`/${path.dirname(full).replace(/^app\//, "")}`] : [];
  });
}

/** Routes anyone may call; every other route must be in the matrix below. */
const PUBLIC_ROUTES = ["/api/auth/[...nextauth]", "/api/health"];

interface Ids {
  answerId: string;
  questionId: string;
  classId: string;
  /** A report by the owner student. */
  reportId: string;
}

interface ProtectedRoute {
  route: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Whom the route is for; the other role gets a 403 ("any": both roles, the student owns). */
  role: "student" | "teacher" | "any";
  url: (ids: Ids) => string;
  /** The JSON body (POST defaults to an answer). */
  body?: (ids: Ids) => unknown;
  /** What another user of the same role gets for the owner's resource (null: the route has no owner). */
  otherOwner: 404 | null;
  /** The same call with a made-up id, which the owner gets a 404 for. */
  madeUp?: (ids: Ids) => string;
}

const answerBody = (questionId: string) => ({
  answerId: "00000000-0000-4000-8000-000000000001",
  courseId: COURSE,
  deckId: "all",
  questionId,
  mode: "flashcard",
  rating: "Good",
  responseMs: 1000,
});

const MATRIX: ProtectedRoute[] = [
  {
    route: "/api/study/answers",
    method: "POST",
    role: "student",
    url: () => "/api/study/answers",
    otherOwner: null,
  },
  {
    route: "/api/study/answers/[answerId]",
    method: "PATCH",
    role: "student",
    url: ({ answerId }) => `/api/study/answers/${answerId}`,
    body: () => ({ rating: "Easy" }),
    otherOwner: 404,
    madeUp: () => "/api/study/answers/00000000-0000-4000-8000-00000000dead",
  },
  {
    route: "/api/study/answers/[answerId]",
    method: "DELETE",
    role: "student",
    url: ({ answerId }) => `/api/study/answers/${answerId}`,
    otherOwner: 404,
    madeUp: () => "/api/study/answers/00000000-0000-4000-8000-00000000dead",
  },
  {
    route: "/api/study/answers/[answerId]/override",
    method: "POST",
    role: "student",
    url: ({ answerId }) => `/api/study/answers/${answerId}/override`,
    body: () => ({}),
    otherOwner: 404,
    madeUp: () => "/api/study/answers/00000000-0000-4000-8000-00000000dead/override",
  },
  {
    route: "/api/study/next",
    method: "GET",
    role: "student",
    url: () => `/api/study/next?course=${COURSE}&deck=all`,
    otherOwner: null,
    madeUp: () => `/api/study/next?course=${COURSE}&deck=custom-made-up`,
  },
  {
    route: "/api/study/reveal",
    method: "GET",
    role: "student",
    url: ({ questionId }) => `/api/study/reveal?course=${COURSE}&question=${questionId}`,
    otherOwner: null,
    madeUp: () => `/api/study/reveal?course=${COURSE}&question=made-up`,
  },
  {
    route: "/api/teacher/courses/[courseId]/questions",
    method: "GET",
    role: "teacher",
    url: () => `/api/teacher/courses/${COURSE}/questions?kinds=dates`,
    otherOwner: null,
    madeUp: () => "/api/teacher/courses/made-up-course/questions",
  },
  {
    route: "/api/teacher/classes/[classId]/export/[table]",
    method: "GET",
    role: "teacher",
    url: ({ classId }) => `/api/teacher/classes/${classId}/export/students`,
    otherOwner: 404,
    madeUp: () => "/api/teacher/classes/made-up-class/export/students",
  },
  {
    route: "/api/teacher/classes/[classId]/export/[table]",
    method: "GET",
    role: "teacher",
    url: ({ classId }) => `/api/teacher/classes/${classId}/export/questions`,
    otherOwner: 404,
    madeUp: ({ classId }) => `/api/teacher/classes/${classId}/export/passwords`,
  },
  {
    route: "/api/teacher/courses/[courseId]/questions/[questionId]/exclusions",
    method: "GET",
    role: "teacher",
    url: ({ questionId }) => `/api/teacher/courses/${COURSE}/questions/${questionId}/exclusions`,
    otherOwner: null,
    madeUp: () => `/api/teacher/courses/${COURSE}/questions/made-up/exclusions`,
  },
  {
    route: "/api/teacher/courses/[courseId]/questions/[questionId]/exclusions",
    method: "PUT",
    role: "teacher",
    url: ({ questionId }) => `/api/teacher/courses/${COURSE}/questions/${questionId}/exclusions`,
    body: ({ classId }) => ({ classIds: [classId] }),
    otherOwner: 404,
    madeUp: () => `/api/teacher/courses/made-up-course/questions/q/exclusions`,
  },
  {
    route: "/api/reports",
    method: "POST",
    role: "any",
    url: () => "/api/reports",
    body: ({ questionId }) => reportBody(questionId),
    otherOwner: null,
  },
  {
    // The signed-in user's own data: no id to pass, so no other owner to reach.
    route: "/api/account/export/[file]",
    method: "GET",
    role: "any",
    url: () => "/api/account/export/data.json",
    otherOwner: null,
    madeUp: () => "/api/account/export/passwords.csv",
  },
  {
    route: "/api/reports/[reportId]",
    method: "GET",
    role: "any",
    url: ({ reportId }) => `/api/reports/${reportId}`,
    otherOwner: 404,
    madeUp: () => "/api/reports/made-up-report",
  },
];

function reportBody(questionId: string, fields: Record<string, unknown> = {}) {
  return { clientId: randomUUID(), courseId: COURSE, questionId, reason: "wrong", ...fields };
}

function call(request: APIRequestContext, route: ProtectedRoute, ids: Ids, url = route.url(ids)) {
  const body = route.body
    ? route.body(ids)
    : route.method === "POST"
      ? answerBody(ids.questionId)
      : undefined;
  return request.fetch(url, { method: route.method, ...(body ? { data: body } : {}) });
}

async function answerOne(page: Page): Promise<{ answerId: string; questionId: string }> {
  await page.goto(`/study/${COURSE}/all`);
  await page.getByRole("checkbox", { name: "Flashcards" }).check();
  const posted = page.waitForRequest(
    (r) => r.url().endsWith("/api/study/answers") && r.method() === "POST",
  );
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: /Good/ }).click();
  return (await posted).postDataJSON() as { answerId: string; questionId: string };
}

test("every protected route is in the authorization matrix", () => {
  const covered = new Set(MATRIX.map((r) => r.route));
  const unlisted = routeFiles().filter((r) => !PUBLIC_ROUTES.includes(r) && !covered.has(r));
  expect(unlisted).toEqual([]);
});

test("anonymous callers, the other role and other owners are denied; made-up ids are not found", async ({
  page,
  browser,
  playwright,
}, testInfo) => {
  test.setTimeout(90_000);
  const user = async (label: string, role: "student" | "teacher") => {
    const p = await browser.newPage();
    await signUp(p, { name: label, email: uniqueEmail(testInfo, `matrix-${label}`), role });
    return p;
  };
  await signUp(page, {
    name: "Owner",
    email: uniqueEmail(testInfo, "matrix-owner"),
    role: "student",
  });
  const answer = await answerOne(page);
  const filed = await page.request.post("/api/reports", { data: reportBody(answer.questionId) });
  expect(filed.status()).toBe(201);
  const reportId = ((await filed.json()) as { id: string }).id;
  const teacher = await user("teacher", "teacher");
  const ids: Ids = {
    ...answer,
    reportId,
    classId: (await createClass(teacher, "Matrix class")).classId,
  };
  const owners = { student: page, teacher };
  const others = {
    student: await user("other-student", "student"),
    teacher: await user("other-teacher", "teacher"),
  };
  const anonymous = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });

  for (const route of MATRIX) {
    const label = `${route.method} ${route.url(ids)}`;
    const anon = await call(anonymous, route, ids);
    expect(anon.status(), `${label} anonymous`).toBe(401);
    expect((await anon.json()).error.message, label).toBe("Sign in first.");
    if (route.role !== "any") {
      const otherRole = route.role === "student" ? "teacher" : "student";
      const wrongRole = await call(others[otherRole].request, route, ids);
      expect(wrongRole.status(), `${label} as a ${otherRole}`).toBe(403);
    }
    const otherRoles = route.role === "any" ? (["student", "teacher"] as const) : [route.role];
    for (const role of route.otherOwner ? otherRoles : []) {
      const other = await call(others[role].request, route, ids);
      expect(other.status(), `${label} another ${role}`).toBe(route.otherOwner);
    }
    if (route.madeUp) {
      const owner = owners[route.role === "any" ? "student" : route.role];
      const madeUp = await call(owner.request, route, ids, route.madeUp(ids));
      expect(madeUp.status(), `${route.madeUp(ids)} made up`).toBe(404);
      expect((await madeUp.json()).error.message.length).toBeGreaterThan(5);
    }
  }
  // The owners still reach their own: the answer can be undone, the class exported.
  const undo = await page.request.delete(`/api/study/answers/${ids.answerId}`);
  expect(undo.status()).toBe(200);
  const exported = await teacher.request.get(`/api/teacher/classes/${ids.classId}/export/students`);
  expect(exported.status()).toBe(200);
  const report = await page.request.get(`/api/reports/${ids.reportId}`);
  expect(report.status()).toBe(200);
  const excluded = await teacher.request.put(
    `/api/teacher/courses/${COURSE}/questions/${ids.questionId}/exclusions`,
    { data: { classIds: [ids.classId] } },
  );
  expect(excluded.status()).toBe(200);
  expect(await excluded.json()).toMatchObject({
    classes: [{ classId: ids.classId, excluded: true }],
  });
  await anonymous.dispose();
  for (const p of [teacher, others.student, others.teacher]) await p.close();
});

test("teacher routes answer hostile query strings and ids with a 4xx naming the problem", async ({
  page,
}, testInfo) => {
  await signUp(page, {
    name: "Fuzz Teacher",
    email: uniqueEmail(testInfo, "tfuzz"),
    role: "teacher",
  });
  const { classId } = await createClass(page, "Fuzz class");
  const params = fc.sample(
    fc.dictionary(
      fc.oneof(
        fc.constantFrom(
          "themes",
          "decades",
          "kinds",
          "types",
          "difficulties",
          "q",
          "offset",
          "limit",
          "added",
          "removed",
        ),
        fc.string(),
      ),
      fc.oneof(
        fc.string(),
        fc.constantFrom("-1", "1e9", "NaN", "dates,,", "%00", "' OR 1=1 --"),
        fc.string({ minLength: 300, maxLength: 3000 }),
      ),
    ),
    { numRuns: 80, seed: 20261122 },
  );
  for (const query of params) {
    const url = `/api/teacher/courses/${COURSE}/questions?${new URLSearchParams(query)}`;
    const response = await page.request.get(url);
    expect(response.status(), url.slice(0, 160)).toBeLessThan(500);
    if (response.status() >= 400) {
      const body = (await response.json()) as { error: { message: string } };
      expect(body.error.message.length, url.slice(0, 160)).toBeGreaterThan(5);
    }
  }
  const tables = fc.sample(fc.string({ minLength: 1 }), { numRuns: 30, seed: 7 });
  for (const table of [...tables, "..", "students.csv", "STUDENTS", "%2e%2e"]) {
    const url = `/api/teacher/classes/${classId}/export/${encodeURIComponent(table)}`;
    const response = await page.request.get(url);
    expect(response.status(), url).toBeGreaterThanOrEqual(400);
    expect(response.status(), url).toBeLessThan(500);
  }
});

test("malformed, oversized, mistyped and hostile answers get a 4xx naming the problem", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await signUp(page, { name: "Fuzzer", email: uniqueEmail(testInfo, "fuzz"), role: "student" });
  const { questionId } = await answerOne(page);

  const fixed: Array<{ data: string; contentType?: string }> = [
    { data: "{not json" },
    { data: "" },
    { data: "null" },
    { data: "[]" },
    { data: JSON.stringify({ ...answerBody(questionId), responseMs: "soon" }) },
    { data: JSON.stringify({ ...answerBody(questionId), answerId: "../../etc/passwd" }) },
    {
      data: JSON.stringify({ ...answerBody(questionId), mode: "quiz", response: { $where: "1" } }),
    },
    {
      data: JSON.stringify({ ...answerBody(questionId), questionId: "q-'; DROP TABLE reviews;--" }),
    },
    { data: `{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}` },
    { data: JSON.stringify({ ...answerBody(questionId), answerText: "x".repeat(20_000) }) },
    { data: JSON.stringify(answerBody(questionId)), contentType: "text/plain" },
  ];
  const bodies = fc.sample(
    fc.oneof(
      fc.anything(),
      fc.record({
        answerId: fc.oneof(fc.uuid(), fc.string(), fc.integer()),
        courseId: fc.oneof(fc.constant(COURSE), fc.string()),
        deckId: fc.oneof(fc.constant("all"), fc.string()),
        questionId: fc.oneof(fc.constant(questionId), fc.string()),
        mode: fc.oneof(fc.constantFrom("quiz", "flashcard", "practice"), fc.string()),
        response: fc.anything(),
        rating: fc.oneof(fc.constantFrom("Again", "Hard"), fc.string(), fc.integer()),
        responseMs: fc.oneof(fc.integer({ min: -5, max: -1 }), fc.double(), fc.string()),
      }),
    ),
    { numRuns: 120, seed: 20261122 },
  );
  const cases: Array<{ data: string; contentType?: string }> = [
    ...fixed,
    ...bodies.map((body) => ({ data: JSON.stringify(body) ?? "null" })),
  ];
  for (const { data, contentType } of cases) {
    const response = await page.request.post("/api/study/answers", {
      data,
      headers: { "Content-Type": contentType ?? "application/json" },
    });
    const status = response.status();
    expect(status, data.slice(0, 120)).toBeGreaterThanOrEqual(400);
    expect(status, data.slice(0, 120)).toBeLessThan(500);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message.length, data.slice(0, 120)).toBeGreaterThan(5);
  }
  // Nothing was written: the only answer of the day is the first one.
  await page.goto("/home");
  await expect(page.getByTestId("home-done")).toHaveText("1");
});

test("reports and exclusions answer malformed input with a 4xx naming the field; a resent report is recorded once", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  await signUp(page, { name: "Reporter", email: uniqueEmail(testInfo, "rfuzz"), role: "student" });
  const { questionId } = await answerOne(page);
  const cases: Array<{ body: unknown; status: number; field?: string }> = [
    { body: reportBody(questionId, { reason: "rude" }), status: 400, field: "reason" },
    { body: reportBody(questionId, { reason: undefined }), status: 400, field: "reason" },
    { body: reportBody(questionId, { note: "x".repeat(501) }), status: 400, field: "note" },
    { body: reportBody(questionId, { note: { $gt: "" } }), status: 400, field: "note" },
    { body: reportBody(questionId, { clientId: "../../x" }), status: 400, field: "clientId" },
    { body: reportBody("made-up"), status: 404 },
    { body: reportBody(questionId, { courseId: "made-up" }), status: 404 },
    { body: [], status: 400, field: "body" },
  ];
  for (const { body, status, field } of cases) {
    const response = await page.request.post("/api/reports", { data: body });
    expect(response.status(), JSON.stringify(body).slice(0, 120)).toBe(status);
    const error = ((await response.json()) as { error: { field?: string; message: string } }).error;
    if (field) expect(error.field).toBe(field);
    expect(error.message.length).toBeGreaterThan(5);
  }
  const text = await page.request.post("/api/reports", {
    data: JSON.stringify(reportBody(questionId)),
    headers: { "Content-Type": "text/plain" },
  });
  expect(text.status()).toBe(400);

  const body = reportBody(questionId, { note: "Twice." });
  const first = await page.request.post("/api/reports", { data: body });
  const again = await page.request.post("/api/reports", { data: body });
  expect([first.status(), again.status()]).toEqual([201, 200]);
  expect((await again.json()).id).toBe((await first.json()).id);
  const reused = await page.request.post("/api/reports", {
    data: { ...body, questionId: `${questionId}-other` },
  });
  expect(reused.status()).toBe(404);

  const teacher = await browser.newPage();
  await signUp(teacher, {
    name: "Excluder",
    email: uniqueEmail(testInfo, "xfuzz"),
    role: "teacher",
  });
  const { classId } = await createClass(teacher, "Exclusion fuzz");
  const url = `/api/teacher/courses/${COURSE}/questions/${questionId}/exclusions`;
  for (const [data, status] of [
    [{ classIds: "all" }, 400],
    [{ classIds: [""] }, 400],
    [{}, 400],
    [{ classIds: [classId, "made-up"] }, 404],
  ] as const) {
    const response = await teacher.request.put(url, { data });
    expect(response.status(), JSON.stringify(data)).toBe(status);
    expect(((await response.json()) as { error: { field?: string } }).error.field).toMatch(
      /^classIds/,
    );
  }
  const unchanged = await teacher.request.get(url);
  expect(await unchanged.json()).toMatchObject({ classes: [{ classId, excluded: false }] });
  await teacher.close();
});

test("pages carry a nonce-based CSP and the security headers; HTTPS adds HSTS", async ({
  request,
}) => {
  const page = await request.get("/sign-in");
  const csp = page.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  const html = await page.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  expect(page.headers()["x-content-type-options"]).toBe("nosniff");
  expect(page.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(page.headers()["strict-transport-security"]).toBeUndefined();

  const secure = await request.get("/sign-in", { headers: { "X-Forwarded-Proto": "https" } });
  expect(secure.headers()["strict-transport-security"]).toContain("max-age=");

  const api = await request.get("/api/health");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(api.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("session cookies are HttpOnly and SameSite, and Secure over HTTPS", async ({
  playwright,
}, testInfo) => {
  const https = { "X-Forwarded-Proto": "https" };
  const context = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  const csrf = await context.get("/api/auth/csrf", { headers: https });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await context.post("/api/auth/callback/credentials", {
    headers: https,
    form: { csrfToken, email: "student@example.com", password: "caspian-student-demo" },
    maxRedirects: 0,
  });
  const session = signIn
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value)
    .find((v) => v.includes("session-token"));
  expect(session).toMatch(/^__Secure-authjs\.session-token=/);
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*Secure/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
  await context.dispose();
});
