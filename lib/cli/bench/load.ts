/**
 * Load with Debian's `wrk`: many signed-in bench students, each request from a random one, answering
 * random multiple-choice questions of the course with random options (a fresh answer id each time),
 * or asking for their next question. One Lua script per endpoint serves both the app (session
 * cookie) and the baseline (`x-bench-user` header).
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { BENCH_COURSE } from "./client";

export interface LoadStudent {
  id: string;
  cookie: string;
}

export interface LoadQuestion {
  id: string;
  optionIds: string[];
}

export interface WrkResult {
  connections: number;
  seconds: number;
  requests: number;
  /** Non-2xx answers plus socket errors and timeouts. */
  errors: number;
  p50Ms: number;
  p99Ms: number;
  /** Successful (2xx) requests per second. */
  perSecond: number;
}

const lua = (students: LoadStudent[], request: string) => `
local cookies = { ${students.map((s) => JSON.stringify(s.cookie)).join(", ")} }
local users = { ${students.map((s) => JSON.stringify(s.id)).join(", ")} }
setup = function(thread) thread:set("tid", tostring(math.random(0, 1e9))) end
init = function() math.randomseed(os.time() + tonumber(tid)) end
local function student()
  local i = math.random(#users)
  return { ["Cookie"] = cookies[i], ["X-Bench-User"] = users[i], ["Content-Type"] = "application/json" }
end
${request}
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %.3f %.3f %.3f\\n", summary.requests, e.status,
    e.connect + e.read + e.write + e.timeout, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.duration / 1e6))
end
`;

const answersRequest = (questions: LoadQuestion[]) => `
local questions = { ${questions.map((q) => JSON.stringify(q.id)).join(", ")} }
local options = { ${questions.map((q) => `{ ${q.optionIds.map((o) => JSON.stringify(o)).join(", ")} }`).join(", ")} }
local function hex(n) return string.format("%0" .. n .. "x", math.random(0, 16 ^ n - 1)) end
request = function()
  local i = math.random(#questions)
  local id = hex(4) .. hex(4) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-a" .. hex(3) .. "-" .. hex(4) .. hex(4) .. hex(4)
  local body = '{"answerId":"' .. id .. '","courseId":"${BENCH_COURSE}","deckId":"all","questionId":"' ..
    questions[i] .. '","mode":"quiz","response":"' .. options[i][math.random(#options[i])] .. '","responseMs":3000}'
  return wrk.format("POST", "/api/study/answers", student(), body)
end`;

const nextRequest = `
request = function()
  return wrk.format("GET", "/api/study/next?course=${BENCH_COURSE}&deck=all", student())
end`;

/** Writes the two wrk scripts into `dir`. */
export function writeLoadScripts(
  dir: string,
  students: LoadStudent[],
  questions: LoadQuestion[],
): { answers: string; next: string } {
  const answers = path.join(dir, "answers.lua");
  const next = path.join(dir, "next.lua");
  writeFileSync(answers, lua(students, answersRequest(questions)));
  writeFileSync(next, lua(students, nextRequest));
  return { answers, next };
}

/** One wrk run (2 threads, 10 s timeout per request); asynchronous, as this process may serve PGlite. */
export function runWrk(
  base: string,
  script: string,
  connections: number,
  seconds: number,
): Promise<WrkResult> {
  const args = ["-t2", `-c${connections}`, `-d${seconds}s`, "--timeout", "10s", "-s", script, base];
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    child.on("error", () =>
      reject(new Error("wrk is not installed (Debian: apt-get install wrk)")),
    );
    child.on("exit", () => {
      const line = out.split("\n").find((l) => l.startsWith("RESULT"));
      if (!line) return reject(new Error(`wrk failed:\n${out}`));
      const [requests = 0, status = 0, socket = 0, p50Ms = 0, p99Ms = 0, duration = 1] = line
        .split(" ")
        .slice(1)
        .map(Number);
      resolve({
        connections,
        seconds,
        requests,
        errors: status + socket,
        p50Ms,
        p99Ms,
        perSecond: (requests - status) / duration,
      });
    });
  });
}
