import { describe, expect, it } from "vitest";
import { fieldErrorsOf, signInSchema, signUpSchema } from "@/lib/auth/forms";
import { isCommonPassword } from "@/lib/auth/password-policy";
import { homePathFor, roleForPath, safeCallbackPath } from "@/lib/auth/routes";

const valid = {
  name: "Aigerim",
  email: "A.User@Example.com ",
  password: "salt-marsh-orbit-42",
  role: "student",
};

describe("signUpSchema", () => {
  it("accepts a valid sign-up and normalises the email", () => {
    const parsed = signUpSchema.parse(valid);
    expect(parsed.email).toBe("a.user@example.com");
  });

  it("names each invalid field with a message a person can act on", () => {
    const result = signUpSchema.safeParse({
      name: " ",
      email: "nope",
      password: "short",
      role: "admin",
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = fieldErrorsOf(result.error);
    expect(errors.name).toEqual(["Enter your name."]);
    expect(errors.email?.[0]).toMatch(/valid email address/);
    expect(errors.password?.[0]).toBe("Use at least 8 characters.");
    expect(errors.role).toEqual(["Choose student or teacher."]);
  });

  it("refuses common passwords whatever their case", () => {
    expect(isCommonPassword("Password123")).toBe(true);
    expect(isCommonPassword("salt-marsh-orbit-42")).toBe(false);
    const result = signUpSchema.safeParse({ ...valid, password: "iloveyou1" });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error).password?.[0]).toMatch(/too common/);
  });

  it("refuses missing fields", () => {
    const result = signUpSchema.safeParse({});
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(Object.keys(fieldErrorsOf(result.error)).sort()).toEqual([
        "email",
        "name",
        "password",
        "role",
      ]);
    }
  });
});

describe("signInSchema", () => {
  it("requires a password but does not apply the sign-up policy to it", () => {
    expect(signInSchema.safeParse({ email: "a@b.co", password: "x" }).success).toBe(true);
    expect(signInSchema.safeParse({ email: "a@b.co", password: "" }).success).toBe(false);
  });
});

describe("routes", () => {
  it("maps role areas", () => {
    expect(roleForPath("/teacher")).toBe("teacher");
    expect(roleForPath("/teacher/classes/1")).toBe("teacher");
    expect(roleForPath("/teachers")).toBeNull();
    expect(roleForPath("/home")).toBe("student");
    expect(roleForPath("/sign-in")).toBeNull();
    expect(homePathFor("teacher")).toBe("/teacher");
    expect(homePathFor("student")).toBe("/home");
  });

  it("follows only same-site callback paths", () => {
    expect(safeCallbackPath("/teacher", "/")).toBe("/teacher");
    expect(safeCallbackPath("//evil.example", "/")).toBe("/");
    expect(safeCallbackPath("/\\evil.example", "/")).toBe("/");
    expect(safeCallbackPath("/\\/evil.example", "/")).toBe("/");
    expect(safeCallbackPath("/\t/evil.example", "/")).toBe("/");
    expect(safeCallbackPath("https://evil.example/", "/")).toBe("/");
    expect(safeCallbackPath("/join/ABCD2345?x=1#y", "/")).toBe("/join/ABCD2345?x=1#y");
    expect(safeCallbackPath("https://evil.example", "/")).toBe("/");
    expect(safeCallbackPath(null, "/home")).toBe("/home");
  });
});
