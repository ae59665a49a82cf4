/**
 * The bench's two scratch databases, a small and a large review log, seeded with bench:seed's code
 * and reused on later runs when already seeded. On a PostgreSQL server (DATABASE_URL) they are
 * databases beside DATABASE_URL's own (`<db>_bench_10k`, `<db>_bench_1m`); without DATABASE_URL they
 * are embedded PGlite folders beside the app's (`.data/bench-10k`, `.data/bench-100k`), which this
 * process owns and serves over the PostgreSQL protocol, as `npm start` does for the app's folder.
 */
import path from "node:path";
import pg from "pg";
import { assertReachable, resolveDatabaseConfig } from "@/lib/db/config";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { type BenchDataSize, benchDataSeeded, seedBenchData, seededReviewsPerUser } from "./seed";

export interface BenchDatabaseSpec {
  /** "10k", "1M": the size of its review log, as the table names it. */
  label: string;
  size: BenchDataSize;
}

export interface BenchDatabase extends BenchDatabaseSpec {
  backend: "postgres" | "embedded";
  url: string;
  /** Stops the embedded server (a no-op on a PostgreSQL server). */
  stop(): Promise<void>;
}

/** Each student has 2,000 reviews (the due-queue figure is for such a student). */
const REVIEWS_PER_STUDENT = 2000;

/**
 * Small and large. A million rows in PGlite (single-threaded WebAssembly) would take minutes to
 * seed and gigabytes of disk, so the embedded run uses 100k and says so.
 */
export function benchDatabaseSpecs(backend: "postgres" | "embedded"): BenchDatabaseSpec[] {
  const large = backend === "postgres" ? { label: "1M", users: 500 } : { label: "100k", users: 50 };
  return [
    { label: "10k", size: { users: 5, reviews: REVIEWS_PER_STUDENT } },
    { label: large.label, size: { users: large.users, reviews: REVIEWS_PER_STUDENT } },
  ];
}

export function benchBackend(env: NodeJS.ProcessEnv): "postgres" | "embedded" {
  return resolveDatabaseConfig(env).backend;
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(name)}`;
  return parsed.toString();
}

async function createDatabaseIfMissing(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/** Opens (creating, migrating and seeding when needed) one scratch database. */
export async function openBenchDatabase(
  spec: BenchDatabaseSpec,
  env: NodeJS.ProcessEnv,
  log: (message: string) => void,
): Promise<BenchDatabase> {
  const config = resolveDatabaseConfig(env);
  const suffix = `bench_${spec.label.toLowerCase()}`;
  let url: string;
  let stop = async () => {};
  if (config.backend === "postgres") {
    await assertReachable(config.url);
    const base = decodeURIComponent(new URL(config.url).pathname.slice(1)) || "postgres";
    const name = `${base}_${suffix}`;
    await createDatabaseIfMissing(config.url, name);
    url = withDatabaseName(config.url, name);
  } else {
    const dataDir = path.join(path.dirname(config.dataDir), suffix.replace("_", "-"));
    const embedded = await startEmbeddedPostgres({ dataDir });
    url = embedded.url;
    stop = embedded.stop;
  }
  try {
    await applyMigrations({ connectionString: url });
    if (!(await benchDataSeeded(url, spec.size))) {
      const reviews = spec.size.users * seededReviewsPerUser(spec.size);
      log(`seeding the ${spec.label} database (${reviews.toLocaleString("en")} reviews)…`);
      const started = performance.now();
      await seedBenchData(url, spec.size);
      log(`  seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { ...spec, backend: config.backend, url, stop };
}

/**
 * Removes what a load run wrote for these students (answers with client-made ids and the cards they
 * created), so every run starts from the seeded log and "today" holds no earlier run's answers.
 */
export async function resetLoadAnswers(url: string, userIds: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      "DELETE FROM reviews WHERE user_id = ANY($1) AND answer_id NOT LIKE 'bench-%'",
      [userIds],
    );
    await client.query("DELETE FROM cards WHERE user_id = ANY($1) AND id NOT LIKE 'bench-%'", [
      userIds,
    ]);
  } finally {
    await client.end();
  }
}
