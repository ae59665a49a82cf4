import "server-only";
import { getClassStudentContact } from "../data/account-tokens/get-class-student-contact";
import { type OutgoingMail, passwordResetMail } from "../mail/templates";
import { issueLink } from "./links";

export type StudentResetOutcome =
  | { status: "sent"; mail: OutgoingMail }
  /** The student never confirmed their address, so no reset link may go to it. */
  | { status: "unverified" };

/**
 * A teacher asks for a reset link for a student of their own class. The mail goes to the student's
 * confirmed address only and is returned for sending, never shown: the teacher learns whether it
 * was sent, not the link. Another teacher's student or class is NOT_FOUND.
 */
export async function sendStudentPasswordReset(options: {
  teacherId: string;
  teacherName: string;
  classId: string;
  studentId: string;
  now: Date;
}): Promise<StudentResetOutcome> {
  const student = await getClassStudentContact(options);
  if (!student.emailVerified) return { status: "unverified" };
  const { link, validHours } = await issueLink({
    userId: student.id,
    purpose: "password_reset",
    email: student.email,
    now: options.now,
  });
  return {
    status: "sent",
    mail: {
      kind: "password-reset",
      to: student.email,
      ...passwordResetMail({
        name: student.name,
        link,
        validHours,
        teacherName: options.teacherName,
      }),
    },
  };
}
