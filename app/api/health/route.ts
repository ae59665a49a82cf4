import { checkDatabaseHealth } from "@/lib/db/health";
import { readServerEnv } from "@/lib/server/env";

export const dynamic = "force-dynamic";

/** Liveness and readiness: 200 when the database answers, 503 with the reason when it does not. */
export async function GET() {
  const env = readServerEnv();
  const health = await checkDatabaseHealth({
    backend: env.databaseBackend,
    connectionString: env.databaseUrl,
  });
  if (!health.ok) {
    return Response.json(
      { status: "unavailable", database: health.backend, reason: health.reason },
      { status: 503, headers: { "Retry-After": "5" } },
    );
  }
  return Response.json({
    status: "ok",
    database: health.backend,
    migrations: health.migrations,
  });
}
