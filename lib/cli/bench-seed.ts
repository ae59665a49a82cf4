/**
 * `npm run bench:seed -- [--users 1000] [--reviews 2000]`: fills the (migrated) database in
 * DATABASE_URL with the bench data of lib/cli/bench/seed.ts: students bench-1@example.test …
 * bench-N@example.test with N reviews each, plus bench-light-1@example.test with 20. Password of
 * every bench account: see lib/cli/bench/client.ts. Re-running replaces the bench data; nothing else
 * is touched. (`npm run bench` seeds its own scratch databases by itself.)
 */
import { BENCH_PASSWORD } from "./bench/client";
import { seedBenchData, seededReviewsPerUser } from "./bench/seed";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive whole number`);
  return value;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      "Set DATABASE_URL to the PostgreSQL server to seed (the app must have migrated it).",
    );
  const size = { users: option("users", 1000), reviews: option("reviews", 2000) };
  const started = performance.now();
  const total = await seedBenchData(url, size);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `seeded ${size.users} students × ${seededReviewsPerUser(size)} reviews (+ bench-light-1 with 20) in ${seconds} s; ${total} review rows in the database`,
  );
  console.log(
    `sign in as bench-1@example.test or bench-light-1@example.test, password ${BENCH_PASSWORD}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
