import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { verifySignIn } from "@/lib/server/auth/verify-sign-in";
import { setUpAppDatabase } from "../helpers/app-database";
import { testBackend } from "../helpers/test-db";

const app = setUpAppDatabase();
const PASSWORD = "correct horse battery staple";

async function createAccount(): Promise<string> {
  const email = `student-${randomUUID().slice(0, 8)}@example.test`;
  await app.prisma.user.create({
    data: { email, name: "Student", role: "student", passwordHash: await bcrypt.hash(PASSWORD, 4) },
  });
  return email;
}

describe(`sign-in throttling (${testBackend()})`, () => {
  it("checks at most 5 passwords of 40 concurrent wrong tries on one account, and never locks out the owner at another address", async () => {
    const email = await createAccount();
    const attacker = "203.0.113.66";
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        verifySignIn({ email, password: `guess-${i}`, address: attacker }),
      ),
    );
    const checked = outcomes.filter((o) => o.kind === "wrong").length;
    const throttled = outcomes.filter((o) => o.kind === "throttled");
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(checked).toBeLessThanOrEqual(5);
    expect(throttled).toHaveLength(40 - checked);
    for (const o of throttled)
      expect(o.kind === "throttled" && o.retryAfterSeconds).toBeGreaterThan(0);

    // Even the right password is not checked from the attacker's address now…
    const fromAttacker = await verifySignIn({ email, password: PASSWORD, address: attacker });
    expect(fromAttacker.kind).toBe("throttled");
    // …but the owner at their own address signs in.
    const owner = await verifySignIn({ email, password: PASSWORD, address: "198.51.100.20" });
    expect(owner.kind).toBe("signed-in");
  });

  it("lets a student sign in after 30 wrong sign-ins for random emails, from an unknown and from the same address", async () => {
    const email = await createAccount();
    const schoolAddress = "198.51.100.30";
    const randomEmail = () => `nobody-${randomUUID().slice(0, 8)}@example.test`;
    const failures = await Promise.all([
      ...Array.from({ length: 30 }, () =>
        verifySignIn({ email: randomEmail(), password: "wrong", address: null }),
      ),
      ...Array.from({ length: 30 }, () =>
        verifySignIn({ email: randomEmail(), password: "wrong", address: schoolAddress }),
      ),
    ]);
    expect(failures.every((o) => o.kind === "wrong")).toBe(true);
    expect((await verifySignIn({ email, password: PASSWORD, address: null })).kind).toBe(
      "signed-in",
    );
    expect((await verifySignIn({ email, password: PASSWORD, address: schoolAddress })).kind).toBe(
      "signed-in",
    );
  }, 90_000);

  it("forgets an account's failures at an address once its owner signs in there", async () => {
    const email = await createAccount();
    const address = "198.51.100.40";
    for (let i = 0; i < 4; i += 1) {
      expect((await verifySignIn({ email, password: "typo", address })).kind).toBe("wrong");
    }
    expect((await verifySignIn({ email, password: PASSWORD, address })).kind).toBe("signed-in");
    for (let i = 0; i < 5; i += 1) {
      expect((await verifySignIn({ email, password: "typo", address })).kind).toBe("wrong");
    }
    expect((await verifySignIn({ email, password: "typo", address })).kind).toBe("throttled");
  });

  it("lets a class of 40 behind one address sign in together", async () => {
    const emails = await Promise.all(Array.from({ length: 40 }, () => createAccount()));
    const address = "198.51.100.50";
    const outcomes = await Promise.all(
      emails.map((email) => verifySignIn({ email, password: PASSWORD, address })),
    );
    expect(outcomes.map((o) => o.kind)).toEqual(emails.map(() => "signed-in"));
  }, 60_000);
});
