import { describe, expect, it } from "vitest";
import {
  changePasswordSchema,
  deleteAccountSchema,
  renameSchema,
} from "@/lib/account/account-forms";
import { fieldErrorsOf } from "@/lib/auth/forms";

const errorsOf = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : fieldErrorsOf(result.error as Parameters<typeof fieldErrorsOf>[0]);

describe("account forms", () => {
  it("trims a new name and refuses a blank or overlong one", () => {
    expect(renameSchema.parse({ name: "  Aigerim  " }).name).toBe("Aigerim");
    expect(errorsOf(renameSchema.safeParse({ name: "   " })).name).toEqual(["Enter your name."]);
    expect(errorsOf(renameSchema.safeParse({ name: "x".repeat(81) })).name).toBeDefined();
    expect(errorsOf(renameSchema.safeParse({})).name).toEqual(["Enter your name."]);
  });

  it("needs the current password and a new one of the allowed length", () => {
    const errors = errorsOf(
      changePasswordSchema.safeParse({ currentPassword: "", newPassword: "short" }),
    );
    expect(errors.currentPassword).toEqual(["Enter your current password."]);
    expect(errors.newPassword).toEqual(["Use at least 8 characters."]);
  });

  it("deletes only with the password and DELETE typed (any case)", () => {
    expect(deleteAccountSchema.safeParse({ password: "pw", confirm: " delete " }).success).toBe(
      true,
    );
    const errors = errorsOf(deleteAccountSchema.safeParse({ password: "", confirm: "yes" }));
    expect(errors.password).toEqual(["Enter your current password."]);
    expect(errors.confirm).toEqual(["Type DELETE to confirm."]);
  });
});
