import "server-only";
import bcrypt from "bcryptjs";
import type { Role } from "@/lib/auth/forms";
import { db } from "../../db";

/** A hash of a random string, compared against when the email is unknown so timing does not tell. */
const UNKNOWN_USER_HASH = "$2b$11$6oY2gVTIGpxSZoLMwnDhW.71peIEn8i44Uyn3atEGoAcGB96PmT1q";

export interface AuthenticatedUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  sessionVersion: number;
}

/** The user whose email and password match, or null. */
export async function verifyUserPassword(options: {
  email: string;
  password: string;
}): Promise<AuthenticatedUser | null> {
  const user = await db().user.findUnique({ where: { email: options.email } });
  const matches = await bcrypt.compare(options.password, user?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!user || !matches) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    sessionVersion: user.sessionVersion,
  };
}
