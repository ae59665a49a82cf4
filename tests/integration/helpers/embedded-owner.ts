// A separate process that owns an embedded database folder, for tests that need a real second
// process (crash, lock). Usage: node --import tsx embedded-owner.ts <dataDir>
// Creates table crash_probe with one row, prints "ready <pid>", then waits to be killed.
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded";

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error("usage: embedded-owner.ts <dataDir>");
const embedded = await startEmbeddedPostgres({ dataDir });
const client = new pg.Client({ connectionString: embedded.url });
await client.connect();
await client.query(
  "CREATE TABLE crash_probe (note text); INSERT INTO crash_probe VALUES ('written')",
);
process.stdout.write(`ready ${process.pid}\n`);
setInterval(() => {}, 60_000);
