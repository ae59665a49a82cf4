// The smallest real piece of `npm start`, for tests that kill it: owns an embedded database folder
// (as start does) and supervises a child app server with superviseNode, then stops the database
// when the child ends. Usage: node --import tsx supervised-start.ts <dataDir> <port>
// Prints "ready <ownPid> <childPid>" once the child listens on <port>.
import path from "node:path";
import { superviseNode } from "@/lib/cli/supervise";
import { startEmbeddedPostgres } from "@/lib/db/embedded";

const [dataDir, port] = process.argv.slice(2);
if (dataDir === undefined || port === undefined)
  throw new Error("usage: supervised-start.ts <dataDir> <port>");
const database = await startEmbeddedPostgres({ dataDir });
const child = superviseNode({
  args: [path.join(import.meta.dirname, "app-server-stand-in.mjs")],
  env: {
    ...process.env,
    PORT: port,
    DATABASE_URL: database.url,
    SUPERVISOR_PID: String(process.pid),
  },
});
const code = await child.exited;
await database.stop();
process.exit(code);
