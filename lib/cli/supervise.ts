import { spawn } from "node:child_process";

export type SupervisedChild = {
  pid: number | undefined;
  /** Resolves with the exit code the supervisor should end with. */
  exited: Promise<number>;
};

/**
 * Runs a Node.js program (`node …args`) as the child `npm start` supervises (the Next.js server),
 * passing SIGINT/SIGTERM on to it.
 */
export function superviseNode(options: {
  args: string[];
  env: NodeJS.ProcessEnv;
}): SupervisedChild {
  const child = spawn(process.execPath, options.args, { stdio: "inherit", env: options.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => child.kill(signal));
  }
  const exited = new Promise<number>((resolve) => {
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 0 : 1)));
  });
  return { pid: child.pid, exited };
}
