/** The bench's one table: each figure with the baseline it is compared to, its target and verdict. */

import type { WrkResult } from "./load";
import type { FirstLoadJs, LighthouseScores } from "./pages";
import type { DueQueueTiming } from "./servers";

export interface BankTiming {
  records: number;
  questions: number;
  ms: number;
}

export interface BenchResults {
  startedAt: string;
  command: string;
  backend: "postgres" | "embedded";
  quick: boolean;
  /** wrk at 4, 50 and 200 connections, against the app and the baseline, per endpoint. */
  load: Record<"answers" | "next", { ours: WrkResult[]; baseline: WrkResult[] }>;
  loadDatabase: string;
  dueQueue: Array<{ label: string; reviews: number; timing: DueQueueTiming }>;
  bankGeneration: { course: BankTiming; synthetic: BankTiming & { times: number } };
  firstLoadJs: Array<{ name: string; page: string } & FirstLoadJs>;
  pageServerTime: Array<{ name: string; page: string; p50Ms: number; p95Ms: number }>;
  lighthouse: Array<{ name: string; page: string } & LighthouseScores> | null;
  /** The machine's 1-minute load average at the end: other work skews every figure. */
  loadAverage: number;
}

export interface Row {
  figure: string;
  ours: string;
  baseline: string;
  ratio: string;
  target: string;
  met: string;
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** Three significant digits, so that a ratio just short of its target (0.497×) does not print as met. */
const times = (value: number) => `${value.toPrecision(3)}×`;
const verdict = (ok: boolean) => (ok ? "yes" : "**NO**");
const withErrors = (text: string, r: WrkResult) =>
  r.errors ? `${text} (${r.errors} of ${r.requests} failed)` : text;

function loadRows(results: BenchResults): Row[] {
  const rows: Row[] = [];
  for (const [endpoint, name] of [
    ["answers", "Answer + next question (POST /api/study/answers)"],
    ["next", "Next question (GET /api/study/next)"],
  ] as const) {
    const { ours, baseline } = results.load[endpoint];
    const targeted = endpoint === "answers";
    for (const [i, r] of ours.entries()) {
      const b = baseline[i];
      if (!b) continue;
      if (r.connections === 4) {
        rows.push({
          figure: `${name}: p50 at 4 connections`,
          ours: withErrors(ms(r.p50Ms), r),
          baseline: withErrors(ms(b.p50Ms), b),
          ratio: times(r.p50Ms / b.p50Ms),
          target: "",
          met: "",
        });
        const ratio = r.p99Ms / b.p99Ms;
        rows.push({
          figure: `${name}: p99 at 4 connections`,
          ours: ms(r.p99Ms),
          baseline: ms(b.p99Ms),
          ratio: times(ratio),
          target: targeted ? "≤ 2× baseline" : "",
          met: targeted ? verdict(ratio <= 2) : "",
        });
      } else {
        const ratio = r.perSecond / b.perSecond;
        rows.push({
          figure: `${name}: throughput at ${r.connections} connections (p99 ${ms(r.p99Ms)} vs ${ms(b.p99Ms)})`,
          ours: withErrors(`${r.perSecond.toFixed(0)}/s`, r),
          baseline: withErrors(`${b.perSecond.toFixed(0)}/s`, b),
          ratio: times(ratio),
          target: targeted ? "≥ 0.5× baseline" : "",
          met: targeted ? verdict(ratio >= 0.5) : "",
        });
      }
    }
  }
  return rows;
}

function dueQueueRows(results: BenchResults): Row[] {
  const [small, large] = results.dueQueue;
  if (!small || !large) return [];
  const embedded =
    results.backend === "embedded" ? " (embedded: 100k, as 1M rows are impractical in PGlite)" : "";
  const ratio = large.timing.p50Ms / small.timing.p50Ms;
  return [
    {
      figure: `Due-queue queries, one student with 2,000 reviews: p50 (p95) in a ${large.label}-review database vs ${small.label}${embedded}`,
      ours: `${ms(large.timing.p50Ms)} (${ms(large.timing.p95Ms)})`,
      baseline: `${ms(small.timing.p50Ms)} (${ms(small.timing.p95Ms)}) at ${small.label}`,
      ratio: times(ratio),
      target: `≤ 1.5× the ${small.label} time`,
      met: verdict(ratio <= 1.5),
    },
  ];
}

function bankRows(results: BenchResults): Row[] {
  const { course, synthetic } = results.bankGeneration;
  const summary = (b: BankTiming) =>
    `${(b.ms / 1000).toFixed(2)} s (${b.records.toLocaleString("en")} records → ${b.questions.toLocaleString("en")} questions)`;
  return [
    {
      figure: "Question bank generation: the course",
      ours: summary(course),
      baseline: "",
      ratio: "",
      target: "",
      met: "",
    },
    {
      figure: `Question bank generation: synthetic course ${synthetic.times}× larger (vs the course)`,
      ours: summary(synthetic),
      baseline: `${(course.ms / 1000).toFixed(2)} s`,
      ratio: times(synthetic.ms / course.ms),
      target: "",
      met: "",
    },
  ];
}

function pageRows(results: BenchResults): Row[] {
  const rows: Row[] = results.firstLoadJs.map((js) => {
    const study = js.name === "study";
    return {
      figure: `First-load JS (gzipped), ${js.name} page ${js.page}: ${js.scripts} chunks${js.noModuleSkipped ? `, ${js.noModuleSkipped} noModule polyfill not counted` : ""}`,
      ours: kb(js.gzipBytes),
      baseline: "",
      ratio: "",
      target: study ? "≤ 110 KB" : "",
      met: study ? verdict(js.gzipBytes <= 110 * 1024) : "",
    };
  });
  for (const t of results.pageServerTime) {
    rows.push({
      figure: `Server time to full HTML, ${t.name} page ${t.page} (student with 2,000 reviews): p50 (p95)`,
      ours: `${ms(t.p50Ms)} (${ms(t.p95Ms)})`,
      baseline: "",
      ratio: "",
      target: "",
      met: "",
    });
  }
  if (!results.lighthouse) {
    rows.push({
      figure: "Lighthouse",
      ours: "skipped (--skip-lighthouse)",
      baseline: "",
      ratio: "",
      target: "performance ≥ 95, accessibility 100",
      met: "not measured",
    });
    return rows;
  }
  for (const l of results.lighthouse) {
    rows.push({
      figure: `Lighthouse mobile, ${l.name} page ${l.page}: performance / accessibility / best practices`,
      ours: `${l.performance} / ${l.accessibility} / ${l.bestPractices}`,
      baseline: "",
      ratio: "",
      target: "≥ 95 / 100 / —",
      met: verdict(l.performance >= 95 && l.accessibility === 100),
    });
  }
  return rows;
}

export function benchRows(results: BenchResults): Row[] {
  return [
    ...loadRows(results),
    ...dueQueueRows(results),
    ...bankRows(results),
    ...pageRows(results),
  ];
}

export function markdownTable(rows: Row[]): string {
  const cells = (r: Row) => [r.figure, r.ours, r.baseline, r.ratio, r.target, r.met];
  const line = (values: string[]) => `| ${values.map((v) => v || "—").join(" | ")} |`;
  return [
    "| figure | ours | baseline | ratio | target | met? |",
    "|---|---|---|---|---|---|",
    ...rows.map((r) => line(cells(r))),
  ].join("\n");
}
