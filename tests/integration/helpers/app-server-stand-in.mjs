// Stands in for `next start` under the supervisor: holds PORT and answers 200, and prints
// "ready <supervisorPid> <ownPid>" once it listens.
import { createServer } from "node:http";

const server = createServer((_request, response) => response.end("ok"));
server.listen(Number(process.env.PORT), "127.0.0.1", () => {
  process.stdout.write(`ready ${process.env.SUPERVISOR_PID} ${process.pid}\n`);
});
