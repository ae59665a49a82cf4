import { createServer, type Server, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions } from "@electric-sql/pglite-socket";
import { PGliteQueryQueue } from "./pglite-query-queue";

export type PGliteServer = {
  /** The port actually listened on (a free one when 0 was asked). */
  port: number;
  stop(): Promise<void>;
};

/**
 * Serves one PGlite over the PostgreSQL wire protocol on 127.0.0.1, using pglite-socket's connection
 * handler with our exchange-level queue (see PGliteQueryQueue for why not its own server).
 */
export async function servePGlite(options: {
  db: PGlite;
  port: number;
  maxConnections?: number;
}): Promise<PGliteServer> {
  await options.db.waitReady;
  const queryQueue = new PGliteQueryQueue(options.db);
  const handlers = new Set<PGLiteSocketHandler>();
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    const handler = new PGLiteSocketHandler({
      queryQueue: queryQueue as unknown as PGLiteSocketHandlerOptions["queryQueue"],
      closeOnDetach: true,
    });
    handlers.add(handler);
    const forget = () => handlers.delete(handler);
    handler.addEventListener("close", forget);
    handler.addEventListener("error", forget);
    handler.attach(socket).catch(() => {
      forget();
      socket.destroy();
    });
  });
  server.maxConnections = options.maxConnections ?? 32;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : options.port;

  let stopped: Promise<void> | undefined;
  return {
    port,
    stop() {
      stopped ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        await Promise.allSettled([...handlers].map((handler) => handler.detach(true)));
        for (const socket of sockets) socket.destroy();
        await closed;
      })();
      return stopped;
    },
  };
}
