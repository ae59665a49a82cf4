/**
 * Runs once when the server starts: stamps each request with its socket's address (for the
 * client-address helper), and loads the courses and generates their question banks (about a
 * second for the default course) before the first request, instead of during it.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerAddressHeader } = await import("@/lib/server/client-address");
  installPeerAddressHeader();
  const { allCourses } = await import("@/lib/server/courses");
  allCourses();
}
