import { z } from "zod";
import { emailSchema } from "./forms";

/** The forgotten-password form: an address, nothing else. */
export const forgotPasswordSchema = z.object({ email: emailSchema });

/** A link's token as the forms post it back (the data layer checks its shape again). */
export const tokenSchema = z
  .string({ error: "This link is incomplete. Open the link from the mail again." })
  .min(1, "This link is incomplete. Open the link from the mail again.")
  .max(100, "This link is not one of ours.");

/**
 * The reset form: the link's token and the new password twice. The password's strength is checked
 * by the shared policy on the server, with the account's name and address.
 */
export const resetPasswordSchema = z
  .object({
    token: tokenSchema,
    password: z.string({ error: "Enter a new password." }).min(1, "Enter a new password."),
    confirm: z.string({ error: "Type the new password again." }),
  })
  .refine((form) => form.password === form.confirm, {
    path: ["confirm"],
    message: "The two passwords differ. Type the same password twice.",
  });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

/** A new address for one's account. */
export const changeEmailSchema = z.object({
  newEmail: emailSchema,
  // Named apart from the account page's other password fields (one page, one id per field).
  emailChangePassword: z
    .string({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(1024),
});
