import { spawn } from "node:child_process";
import path from "node:path";

export type SupervisedChild = {
  pid: number | undefined;
  /** Resolves with the exit code the supervisor should end with. */
  exited: Promise<number>;
};

const EXIT_WITH_SUPERVISOR = path.join(import.meta.dirname, "exit-with-supervisor.cjs");

/**
 * Runs a Node.js program (`node …args`) as the child `npm start` supervises (the Next.js server),
 * tied to this process both ways: the child gets an IPC channel and a preloaded hook that exits when
 * the channel closes (this process died, kill -9 included), and `exited` resolves when the child
 * ends, however it ended, so the caller can stop the database. SIGINT/SIGTERM are passed on.
 */
export function superviseNode(options: {
  args: string[];
  env: NodeJS.ProcessEnv;
}): SupervisedChild {
  const child = spawn(process.execPath, ["--require", EXIT_WITH_SUPERVISOR, ...options.args], {
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: options.env,
  });
  const forwarded = new Set<NodeJS.Signals>();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      forwarded.add(signal);
      child.kill(signal);
    });
  }
  const exited = new Promise<number>((resolve) => {
    child.once("error", () => resolve(1));
    // A signal we passed on is a clean stop; any other (the child was killed) is a failure.
    child.once("exit", (code, signal) =>
      resolve(code ?? (signal && forwarded.has(signal) ? 0 : 1)),
    );
  });
  return { pid: child.pid, exited };
}
