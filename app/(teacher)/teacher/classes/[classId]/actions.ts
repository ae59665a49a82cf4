"use server";

import { notFound } from "next/navigation";
import { z } from "zod";
import type { FormState } from "@/lib/auth/forms";
import { sendStudentPasswordReset } from "@/lib/server/account-mail/send-student-password-reset";
import { sendAfterResponse } from "@/lib/server/mail/send-after-response";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireRole } from "@/lib/server/session";
import { idSchema } from "@/lib/teaching/id-schema";

const idsSchema = z.object({ classId: idSchema, studentId: idSchema });

/**
 * Has a reset link mailed to a student of the teacher's own class, at the student's confirmed
 * address. The teacher is told whether it went, never the link; another class's student is a 404.
 */
export async function sendStudentResetAction(
  classId: string,
  studentId: string,
  _previous: FormState,
): Promise<FormState> {
  const user = await requireRole("teacher", "/teacher");
  const ids = idsSchema.safeParse({ classId, studentId });
  if (!ids.success) notFound();
  const outcome = await orNotFound(
    sendStudentPasswordReset({
      teacherId: user.id,
      teacherName: user.name,
      ...ids.data,
      now: new Date(),
    }),
  );
  if (outcome.status === "unverified") {
    return {
      message:
        "Not sent: this student has not confirmed their email address, and a reset link only " +
        "goes to a confirmed address. They can confirm it from the link we mailed at sign-up.",
    };
  }
  sendAfterResponse(outcome.mail);
  return {
    ok: true,
    message: "Sent. The link goes to the student's address and works once, for an hour.",
  };
}
