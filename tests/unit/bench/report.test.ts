import { describe, expect, it } from "vitest";
import type { WrkResult } from "@/lib/cli/bench/load";
import { type BenchResults, benchRows, markdownTable } from "@/lib/cli/bench/report";
import { percentile } from "@/lib/cli/bench/stats";

const wrk = (connections: number, p99Ms: number, perSecond: number): WrkResult => ({
  connections,
  seconds: 10,
  requests: perSecond * 10,
  errors: 0,
  p50Ms: p99Ms / 2,
  p99Ms,
  perSecond,
});

function results(overrides: Partial<BenchResults> = {}): BenchResults {
  return {
    startedAt: "2026-01-01T00:00:00.000Z",
    command: "npm run bench",
    backend: "postgres",
    quick: false,
    load: {
      answers: {
        ours: [wrk(4, 30, 100), wrk(50, 300, 200), wrk(200, 900, 90)],
        baseline: [wrk(4, 10, 300), wrk(50, 100, 300), wrk(200, 400, 300)],
      },
      next: { ours: [wrk(4, 5, 400)], baseline: [wrk(4, 1, 900)] },
    },
    loadDatabase: "1M",
    dueQueue: [
      { label: "10k", reviews: 10_000, timing: { p50Ms: 10, p95Ms: 12, cards: 400 } },
      { label: "1M", reviews: 1_000_000, timing: { p50Ms: 12, p95Ms: 15, cards: 400 } },
    ],
    bankGeneration: {
      course: { records: 345, questions: 1995, ms: 600 },
      synthetic: { records: 34_500, questions: 184_044, ms: 55_000, times: 100 },
    },
    firstLoadJs: [
      {
        name: "study",
        page: "/study/c/all",
        gzipBytes: 120 * 1024,
        scripts: 8,
        noModuleSkipped: 1,
      },
    ],
    pageServerTime: [],
    lighthouse: [
      { name: "home", page: "/home", performance: 96, accessibility: 100, bestPractices: 100 },
    ],
    loadAverage: 1,
    ...overrides,
  };
}

const row = (rows: ReturnType<typeof benchRows>, start: string) => {
  const found = rows.find((r) => r.figure.startsWith(start));
  if (!found) throw new Error(`no row ${start}`);
  return found;
};

describe("bench table", () => {
  it("judges submission latency and throughput against the baseline", () => {
    const rows = benchRows(results());
    const answers = "Answer + next question (POST /api/study/answers)";
    expect(row(rows, `${answers}: p99 at 4`)).toMatchObject({ ratio: "3.00×", met: "**NO**" });
    expect(row(rows, `${answers}: throughput at 50`)).toMatchObject({
      ratio: "0.667×",
      met: "yes",
    });
    expect(row(rows, `${answers}: throughput at 200`)).toMatchObject({
      ratio: "0.300×",
      met: "**NO**",
    });
    // The next-question figures are reported with their ratio but no target.
    expect(row(rows, "Next question (GET /api/study/next): p99 at 4")).toMatchObject({ met: "" });
  });

  it("judges the due queue, the study page's JavaScript and Lighthouse", () => {
    const rows = benchRows(results());
    expect(row(rows, "Due-queue")).toMatchObject({ ratio: "1.20×", met: "yes" });
    expect(row(rows, "First-load JS (gzipped), study")).toMatchObject({
      ours: "120.0 KB",
      met: "**NO**",
    });
    expect(row(rows, "Lighthouse mobile, home")).toMatchObject({
      ours: "96 / 100 / 100",
      met: "yes",
    });
  });

  it("says when the embedded run used a smaller database and when Lighthouse was skipped", () => {
    const rows = benchRows(results({ backend: "embedded", lighthouse: null }));
    expect(row(rows, "Due-queue").figure).toContain("1M rows are impractical in PGlite");
    expect(row(rows, "Lighthouse")).toMatchObject({ met: "not measured" });
  });

  it("prints one Markdown table with a dash in empty cells", () => {
    const table = markdownTable(benchRows(results())).split("\n");
    expect(table[0]).toBe("| figure | ours | baseline | ratio | target | met? |");
    expect(table.find((l) => l.startsWith("| Question bank generation: the course"))).toContain(
      "| — |",
    );
  });

  it("takes nearest-rank percentiles", () => {
    expect(percentile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBe(10);
    expect(percentile([], 0.5)).toBe(0);
  });
});
