/**
 * Child process of `npm run bench` (run with `--conditions=react-server`, so the app's server-only
 * modules load): times the queries the app builds one student's due queue from, getUserCards and
 * getStudyDayActivity run together as getStudyQueue runs them, against DATABASE_URL through the
 * app's own Prisma client. Prints `{"p50Ms":…,"p95Ms":…,"cards":…}`.
 * Arguments: <userId> <runs>.
 */
import { defaultSchedulerSettings, startOfStudyDay } from "@/lib/scheduling";
import { getUserCards } from "@/lib/server/data/cards/get-user-cards";
import { getStudyDayActivity } from "@/lib/server/data/reviews/get-study-day-activity";
import { db } from "@/lib/server/db";
import { BENCH_COURSE } from "./client";
import { percentile } from "./stats";

const WARM_UP_RUNS = 5;

async function main() {
  const [userId = "bench-1", runsArg = "50"] = process.argv.slice(2);
  const runs = Number(runsArg);
  const since = startOfStudyDay(new Date(), {
    timeZone: defaultSchedulerSettings.timeZone,
    rolloverHour: defaultSchedulerSettings.dayRolloverHour,
  });
  const samples: number[] = [];
  let cards = 0;
  for (let i = 0; i < WARM_UP_RUNS + runs; i += 1) {
    const started = performance.now();
    const [userCards] = await Promise.all([
      getUserCards({ userId, courseId: BENCH_COURSE }),
      getStudyDayActivity({ userId, courseId: BENCH_COURSE, since }),
    ]);
    if (i >= WARM_UP_RUNS) samples.push(performance.now() - started);
    cards = userCards.size;
  }
  await db().$disconnect();
  process.stdout.write(
    JSON.stringify({ p50Ms: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95), cards }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
