import "server-only";
import { headers } from "next/headers";

/** The absolute join link of a code, on the host and protocol this request came in on. */
export async function joinLink(joinCode: string): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return `${proto}://${host}/join/${joinCode}`;
}
