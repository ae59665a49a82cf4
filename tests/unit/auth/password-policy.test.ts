import { describe, expect, it } from "vitest";
import { fieldErrorsOf, signUpSchema } from "@/lib/auth/forms";

const valid = {
  name: "Aigerim Bekova",
  email: "aigerim.bekova@example.com",
  password: "salt-marsh-orbit-42",
  role: "student",
};

/** The password field's first error for a sign-up with `password`, or undefined if accepted. */
function passwordError(password: string, fields: Partial<typeof valid> = {}): string | undefined {
  const result = signUpSchema.safeParse({ ...valid, ...fields, password });
  return result.success ? undefined : fieldErrorsOf(result.error).password?.[0];
}

describe("password policy by strength", () => {
  it("accepts a memorable passphrase", () => {
    expect(passwordError("salt-marsh-orbit-42")).toBeUndefined();
    expect(passwordError("Kestrel velvet lantern")).toBeUndefined();
  });

  it("refuses repeated and blank characters that merely reach the length", () => {
    expect(passwordError("aaaaaaaa")).toMatch(/easy to guess/);
    expect(passwordError("        ")).toMatch(/easy to guess/);
    expect(passwordError("abcdefgh")).toMatch(/easy to guess/);
    expect(passwordError("qwertyuiop")).toBeDefined();
  });

  it("refuses the account's own email or name as the password", () => {
    expect(passwordError(valid.email)).toMatch(/email|name|easy to guess/);
    expect(passwordError("aigerimbekova")).toMatch(/easy to guess/);
    expect(passwordError("Bekova2026!", { name: "Aigerim Bekova" })).toMatch(/easy to guess/);
  });

  it("refuses more than bcrypt's 72 bytes with a message that says why, counting UTF-8 bytes", () => {
    const ascii72 = "horse-battery-staple-correct-".repeat(3).slice(0, 72);
    expect(new TextEncoder().encode(ascii72).length).toBe(72);
    expect(passwordError(ascii72)).toBeUndefined();
    expect(passwordError(`${ascii72}x`)).toMatch(/72 bytes/);
    // 37 two-byte letters: 37 characters but 74 bytes.
    expect(passwordError("ə".repeat(20) + "ğ".repeat(17))).toMatch(/72 bytes/);
  });

  it("still says 'too common' for a listed password and 'at least 8' for a short one", () => {
    expect(passwordError("password123")).toMatch(/too common/);
    expect(passwordError("short")).toBe("Use at least 8 characters.");
  });
});
