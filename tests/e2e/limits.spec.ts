import { expect, test } from "@playwright/test";
import { GOOD_PASSWORD, signIn, signOut, signUp, uniqueEmail } from "./helpers";

test("a callbackUrl a Location header cannot carry ('/。x') lands home after signing in", async ({
  page,
}, testInfo) => {
  const email = uniqueEmail(testInfo, "callback");
  await signUp(page, { name: "Odd Callback", email, role: "student" });
  await signOut(page);
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/。x")}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(GOOD_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/home$/);
});

test("a new X-Forwarded-For on each wrong password does not escape the account's throttle", async ({
  page,
  request,
}, testInfo) => {
  const email = uniqueEmail(testInfo, "spray");
  await signUp(page, { name: "Sprayed At", email, role: "student" });
  const attempt = async (password: string, forwardedFor: string) => {
    const csrf = await request.get("/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password, callbackUrl: "/home" },
      headers: { "x-forwarded-for": forwardedFor },
      maxRedirects: 0,
    });
    return response.headers().location ?? "";
  };
  for (let i = 0; i < 5; i += 1) {
    expect(await attempt(`wrong-${i}`, `203.0.113.${i + 1}`)).toMatch(/error=CredentialsSignin/);
  }
  // Even the right password is refused now: the address is the connection's, not the header's.
  expect(await attempt(GOOD_PASSWORD, "203.0.113.99")).toMatch(/code=throttled/);
});

test("the API answers 429 with Retry-After past a user's requests per minute", async ({
  page,
}, testInfo) => {
  const email = uniqueEmail(testInfo, "api-limit");
  await signUp(page, { name: "Busy Student", email, role: "student" });
  let response = await page.request.post("/api/reports", { data: {} });
  let sent = 1;
  while (response.status() !== 429 && sent < 200) {
    expect(response.status()).toBe(400);
    response = await page.request.post("/api/reports", { data: {} });
    sent += 1;
  }
  expect(response.status()).toBe(429);
  // 120 a minute (RATE_LIMIT_API_PER_MINUTE's default), less any the pages sent meanwhile.
  expect(sent).toBeGreaterThan(100);
  expect(sent).toBeLessThanOrEqual(121);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
  // Signing in still works: only the API is limited.
  await signOut(page);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/home$/);
});
