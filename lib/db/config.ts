import { Socket } from "node:net";
import path from "node:path";

/** The database settings are unusable; the message says what to change. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

export type DatabaseConfig =
  | { backend: "postgres"; url: string }
  | { backend: "embedded"; dataDir: string };

export const DEFAULT_EMBEDDED_DATA_DIR = ".data/pglite";
const EXPECTED_URL_FORM = "postgresql://USER:PASSWORD@HOST:PORT/DATABASE";

/**
 * `DATABASE_URL` set → that PostgreSQL server; unset or empty → the embedded PGlite in `DATA_DIR`
 * (default `.data/pglite`, relative to the current directory).
 * @throws ConfigError when DATABASE_URL is not a postgres:// or postgresql:// URL with a host.
 */
export function resolveDatabaseConfig(env: Record<string, string | undefined>): DatabaseConfig {
  const raw = env.DATABASE_URL?.trim();
  if (raw === undefined || raw === "") {
    const dataDir = env.DATA_DIR?.trim() || DEFAULT_EMBEDDED_DATA_DIR;
    // The folder is only opened by start and the CLIs: nothing for the bundler to trace.
    return { backend: "embedded", dataDir: path.resolve(/*turbopackIgnore: true*/ dataDir) };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw malformed("it is not a URL");
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw malformed(`its scheme is "${url.protocol.replace(/:$/, "")}", not postgresql`);
  }
  if (url.hostname === "") throw malformed("it names no host");
  if (url.port !== "" && !/^\d+$/.test(url.port)) throw malformed("its port is not a number");
  return { backend: "postgres", url: raw };
}

function malformed(reason: string): ConfigError {
  return new ConfigError(
    `DATABASE_URL is malformed (${reason}). Expected ${EXPECTED_URL_FORM}, ` +
      "or unset DATABASE_URL to use the embedded database.",
  );
}

/** host:port of a PostgreSQL URL, with PostgreSQL's default port. */
export function describeServer(url: string): { host: string; port: number } {
  const parsed = new URL(url);
  return { host: parsed.hostname || "localhost", port: Number(parsed.port || 5432) };
}

/**
 * Opens a TCP connection to the server of `url` and closes it again.
 * @throws ConfigError naming host:port when nothing answers within `timeoutMs`.
 */
export async function assertReachable(url: string, timeoutMs = 3000): Promise<void> {
  const { host, port } = describeServer(url);
  await new Promise<void>((resolve, reject) => {
    const socket = new Socket();
    const fail = (reason: string) => {
      socket.destroy();
      reject(
        new ConfigError(
          `Cannot reach the PostgreSQL server at ${host}:${port} named by DATABASE_URL (${reason}). ` +
            "Start that server, fix DATABASE_URL, or unset DATABASE_URL to use the embedded database.",
        ),
      );
    };
    socket.setTimeout(timeoutMs, () => fail(`no answer in ${timeoutMs} ms`));
    socket.once("error", (error: NodeJS.ErrnoException) => fail(error.code ?? error.message));
    socket.connect(port, host, () => {
      socket.end();
      resolve();
    });
  });
}
