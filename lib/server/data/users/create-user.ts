import "server-only";
import bcrypt from "bcryptjs";
import type { SignUpInput } from "@/lib/auth/forms";
import { db } from "../../db";

export const BCRYPT_COST = 11;

export class EmailTakenError extends Error {
  override name = "EmailTakenError";
}

/** Creates an account; throws `EmailTakenError` if the email is already registered. */
export async function createUser(input: SignUpInput): Promise<{ id: string }> {
  const passwordHash = await bcrypt.hash(input.password, BCRYPT_COST);
  try {
    return await db().user.create({
      data: { name: input.name, email: input.email, role: input.role, passwordHash },
      select: { id: true },
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new EmailTakenError(input.email);
    throw error;
  }
}
