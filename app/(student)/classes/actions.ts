"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { leaveClass } from "@/lib/server/data/classes/leave-class";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireRole } from "@/lib/server/session";
import { joinClass } from "@/lib/server/teaching/classes";
import { idSchema } from "@/lib/teaching/id-schema";

const codeSchema = z.string().min(1).max(40);

/** Joins the class of a code (POST only: the join page never joins on GET). */
export async function joinClassAction(code: string): Promise<void> {
  const parsed = codeSchema.safeParse(code);
  if (!parsed.success) notFound();
  const user = await requireRole("student", `/join/${encodeURIComponent(parsed.data)}`);
  const { classId } = await orNotFound(joinClass({ studentId: user.id, code: parsed.data }));
  revalidatePath("/classes");
  revalidatePath("/home");
  redirect(`/classes?joined=${encodeURIComponent(classId)}`);
}

export async function leaveClassAction(classId: string): Promise<void> {
  const parsed = idSchema.safeParse(classId);
  if (!parsed.success) notFound();
  const user = await requireRole("student", "/classes");
  await orNotFound(leaveClass({ studentId: user.id, classId: parsed.data }));
  revalidatePath("/home");
  redirect("/classes?left=1");
}
