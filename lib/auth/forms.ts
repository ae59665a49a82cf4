import { z } from "zod";
import { checkPasswordStrength, passwordSchema } from "./password-policy";

export const ROLES = ["student", "teacher"] as const;
export type Role = (typeof ROLES)[number];

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));

export const nameSchema = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(80, "Use at most 80 characters.");

export const signUpSchema = z
  .object({
    name: nameSchema,
    email: emailSchema,
    password: passwordSchema,
    role: z.enum(ROLES, { error: "Choose student or teacher." }),
  })
  .superRefine((input, ctx) => checkPasswordStrength("password", input.password, input, ctx));
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(128),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** The state a form action returns: field errors to show beside inputs, or one message. */
export interface FormState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
}

/** Turns a zod error into `{ field: [messages] }` for the form. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  return z.flattenError(error).fieldErrors as Record<string, string[]>;
}
