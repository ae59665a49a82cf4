import "server-only";
import { db } from "../../db";

/** The account with this address, only if the address was confirmed (a reset goes nowhere else). */
export async function getVerifiedUserByEmail(options: {
  email: string;
}): Promise<{ id: string; name: string; email: string } | null> {
  return db().user.findFirst({
    where: { email: options.email, emailVerifiedAt: { not: null } },
    select: { id: true, name: true, email: true },
  });
}
