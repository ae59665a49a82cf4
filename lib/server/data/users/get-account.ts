import "server-only";
import type { Role } from "@/lib/auth/forms";
import { db } from "../../db";

export interface Account {
  id: string;
  name: string;
  email: string;
  role: Role;
  emailVerifiedAt: Date | null;
  createdAt: Date;
}

/** The user's own account as the account page shows it, or null when it no longer exists. */
export async function getAccount(options: { userId: string }): Promise<Account | null> {
  return db().user.findUnique({
    where: { id: options.userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      emailVerifiedAt: true,
      createdAt: true,
    },
  });
}
