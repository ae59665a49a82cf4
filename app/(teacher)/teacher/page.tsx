import type { Metadata } from "next";
import { Notice } from "@/app/components/notice";
import { requireRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Teacher" };

export default async function TeacherHomePage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string }>;
}) {
  const user = await requireRole("teacher", "/teacher");
  const { notice } = await searchParams;
  return (
    <>
      <Notice code={notice} />
      <h1>Hello, {user.name}</h1>
      <p className="lead">Your teaching home. Classes, decks and assignments appear here.</p>
    </>
  );
}
