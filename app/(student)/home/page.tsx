import type { Metadata } from "next";
import { Notice } from "@/app/components/notice";
import { requireRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Home" };

export default async function StudentHomePage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string }>;
}) {
  const user = await requireRole("student", "/home");
  const { notice } = await searchParams;
  return (
    <>
      <Notice code={notice} />
      <h1>Hello, {user.name}</h1>
      <p className="lead">Your study home. Decks and review sessions appear here.</p>
    </>
  );
}
