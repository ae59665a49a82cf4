import "server-only";
import { db } from "../../db";
import { checkUserPassword } from "./check-user-password";

/**
 * Deletes the user once their password is shown (INVALID_INPUT on `password` otherwise), with all
 * that hangs off them (prisma/schema.prisma, onDelete: Cascade): settings, cards, the review log,
 * class memberships, reports, emailed tokens; for a teacher, their classes (with members,
 * assignments and exclusions) and decks. Students of a deleted teacher keep their cards and answers.
 */
export async function deleteUser(options: { userId: string; password: string }): Promise<void> {
  const { userId, password } = options;
  await checkUserPassword({ userId, password, field: "password" });
  await db().$transaction(async (tx) => {
    // assignments → custom_decks is ON DELETE RESTRICT (a deck in use cannot go by itself). The
    // cascade happens to reach the assignments first today (both backends), but that order is
    // PostgreSQL's trigger order, not a promise: remove the teacher's assignments first.
    await tx.assignment.deleteMany({ where: { class: { teacherId: userId } } });
    await tx.user.delete({ where: { id: userId } });
  });
}
