/**
 * `npm run bench:pages -- [--url http://localhost:3000] [--runs 20]`: server time (time to the full
 * HTML) of the student home and statistics pages for a heavy bench student (bench-1, seeded by
 * `npm run bench:seed`) and a light one (bench-light-1, 20 reviews), against a running `npm start`.
 */
import { BENCH_COURSE, option, signInAs } from "./bench-client";

async function time(
  url: string,
  cookie: string,
  runs: number,
): Promise<{ p50: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < runs + 3; i += 1) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
    await response.text();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    if (i >= 3) samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

async function main() {
  const base = option("url", "http://localhost:3000");
  const runs = Number(option("runs", "20"));
  const rows: string[] = [];
  for (const [label, email] of [
    ["2,000 reviews (bench-1)", "bench-1@example.test"],
    ["20 reviews (bench-light-1)", "bench-light-1@example.test"],
  ] as const) {
    const cookie = await signInAs(base, email);
    for (const page of ["/home", `/stats/${BENCH_COURSE}`]) {
      const { p50, p95 } = await time(`${base}${page}`, cookie, runs);
      rows.push(`| ${label} | ${page} | ${p50.toFixed(0)} | ${p95.toFixed(0)} |`);
    }
  }
  console.log(`| student | page | p50 ms | p95 ms |\n|---|---|---|---|\n${rows.join("\n")}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
