import type { Metadata } from "next";
import Link from "next/link";
import { getOwnedClass } from "@/lib/server/data/classes/get-owned-class";
import { orNotFound } from "@/lib/server/or-not-found";
import { requireRole } from "@/lib/server/session";
import { formatJoinCode } from "@/lib/teaching/join-code";
import { joinLink } from "../../../join-link";
import { JoinQr } from "../../../join-qr";

export const metadata: Metadata = { title: "Join code" };

/** The join code and QR code filling the screen, to read from the back of a classroom. */
export default async function ProjectorPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireRole("teacher", `/teacher/classes/${classId}/code`);
  const owned = await orNotFound(getOwnedClass({ teacherId: user.id, classId }));
  const link = await joinLink(owned.joinCode);
  return (
    <section className="projector" aria-labelledby="projector-title">
      <h1 id="projector-title">Join {owned.name}</h1>
      <p className="projector-code" data-testid="join-code">
        {formatJoinCode(owned.joinCode)}
      </p>
      <JoinQr url={link} className="projector-qr" />
      <p className="projector-link">{link}</p>
      <Link href={`/teacher/classes/${classId}`} className="button projector-back">
        Back to the class
      </Link>
    </section>
  );
}
