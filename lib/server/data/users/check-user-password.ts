import "server-only";
import bcrypt from "bcryptjs";
import { db } from "../../db";
import { AppError } from "../../errors";

/**
 * This user's password hash, once `password` is shown to match it; otherwise INVALID_INPUT on
 * `field` (the form shows it beside the password box). A missing user is answered the same way.
 */
export async function checkUserPassword(options: {
  userId: string;
  password: string;
  field: string;
}): Promise<{ passwordHash: string }> {
  const user = await db().user.findUnique({
    where: { id: options.userId },
    select: { passwordHash: true },
  });
  if (!user || !(await bcrypt.compare(options.password, user.passwordHash))) {
    throw new AppError("INVALID_INPUT", "That is not your current password.", options.field);
  }
  return { passwordHash: user.passwordHash };
}
