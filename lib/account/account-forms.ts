import { z } from "zod";
import { nameSchema } from "@/lib/auth/forms";
import { passwordSchema } from "@/lib/auth/password-policy";

/** "Change name". */
export const renameSchema = z.object({ name: nameSchema });

/** A password typed to prove it is you: any length the sign-in form takes. */
const currentPasswordSchema = z
  .string({ error: "Enter your current password." })
  .min(1, "Enter your current password.")
  .max(128, "That is longer than any password we accept.");

/** "Change password": the new one's strength is judged with the account (`passwordProblem`). */
export const changePasswordSchema = z.object({
  currentPassword: currentPasswordSchema,
  newPassword: passwordSchema,
});

/** "Delete my account": the password, and the word DELETE typed to show it is meant. */
export const deleteAccountSchema = z.object({
  password: currentPasswordSchema,
  confirm: z
    .string({ error: "Type DELETE to confirm." })
    .trim()
    .refine((v) => v.toUpperCase() === "DELETE", "Type DELETE to confirm."),
});
