/**
 * `npm run bench:answers -- [--url http://localhost:3000] [--students 50] [--seconds 10]`: answer
 * submission under load with wrk (Debian's `wrk`): many signed-in bench students (seeded by
 * `npm run bench:seed`) answering random multiple-choice questions of the default course, each answer
 * with a fresh id. Prints p50/p99 latency at 4 connections and throughput at 50 connections.
 */

import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { contentDir } from "@/lib/content/content-dir";
import { loadCourse } from "@/lib/content/load-course";
import { generateQuestionBank } from "@/lib/questions";
import { QUESTION_BANK_SEED } from "@/lib/questions/bank-seed";
import { BENCH_COURSE, option, signInAs } from "./bench-client";

const lua = (cookies: string[], questions: Array<[string, string]>) => `
local cookies = { ${cookies.map((c) => JSON.stringify(c)).join(", ")} }
local questions = { ${questions.map(([q]) => JSON.stringify(q)).join(", ")} }
local options = { ${questions.map(([, o]) => JSON.stringify(o)).join(", ")} }
local counter = 0
local function hex(n) return string.format("%0" .. n .. "x", math.random(0, 16 ^ n - 1)) end
setup = function(thread) thread:set("tid", tostring(math.random(0, 1e9))) end
init = function() math.randomseed(os.time() + tonumber(tid)) end
request = function()
  counter = counter + 1
  local i = math.random(#questions)
  local id = hex(4) .. hex(4) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-a" .. hex(3) .. "-" .. hex(4) .. hex(4) .. hex(4)
  local body = '{"answerId":"' .. id .. '","courseId":"${BENCH_COURSE}","deckId":"all","questionId":"' .. questions[i] ..
    '","mode":"quiz","response":"' .. options[i] .. '","responseMs":3000}'
  return wrk.format("POST", "/api/study/answers",
    { ["Content-Type"] = "application/json", ["Cookie"] = cookies[math.random(#cookies)] }, body)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.3f %.3f %.1f\\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
`;

function wrk(url: string, script: string, connections: number, seconds: number) {
  const run = spawnSync("wrk", ["-t2", `-c${connections}`, `-d${seconds}s`, "-s", script, url], {
    encoding: "utf8",
  });
  if (run.error) throw new Error("wrk is not installed (apt-get install wrk)");
  const line = run.stdout.split("\n").find((l) => l.startsWith("RESULT"));
  if (!line) throw new Error(`wrk failed:\n${run.stdout}\n${run.stderr}`);
  const [, requests, errors, p50, p99, rate] = line.split(" ").map(Number);
  return { requests, errors, p50, p99, rate };
}

async function main() {
  const base = option("url", "http://localhost:3000");
  const students = Number(option("students", "50"));
  const seconds = Number(option("seconds", "10"));
  const course = loadCourse(path.join(contentDir(), BENCH_COURSE), { verifyQuotes: false });
  const questions = generateQuestionBank(course, { seed: QUESTION_BANK_SEED }).flatMap((q) =>
    q.type === "multiple-choice" ? [[q.id, q.options[0]?.id ?? ""] as [string, string]] : [],
  );
  const cookies: string[] = [];
  for (let i = 1; i <= students; i += 1)
    cookies.push(await signInAs(base, `bench-${i}@example.test`));
  const dir = mkdtempSync(path.join(tmpdir(), "caspian-bench-"));
  const script = path.join(dir, "answers.lua");
  writeFileSync(script, lua(cookies, questions));
  wrk(base, script, 4, 2); // warm-up: JIT and caches, not measured
  const light = wrk(base, script, 4, seconds);
  const heavy = wrk(base, script, 50, seconds);
  console.log(
    "| load | answers | non-2xx/errors | p50 ms | p99 ms | answers/s |\n|---|---|---|---|---|---|",
  );
  for (const [label, r] of [
    ["4 connections", light],
    ["50 connections", heavy],
  ] as const) {
    console.log(
      `| ${label} | ${r.requests} | ${r.errors} | ${r.p50?.toFixed(1)} | ${r.p99?.toFixed(1)} | ${r.rate?.toFixed(0)} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
