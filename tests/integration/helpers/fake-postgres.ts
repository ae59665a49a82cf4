import net from "node:net";

/** How the fake server treats a client once it has read the startup message. */
export type FakePostgresBehaviour =
  | { kind: "error"; code: string; message: string }
  | { kind: "reset" };

export interface FakePostgres {
  url: string;
  /** Startup messages seen so far (so a test can wait for the client to have tried). */
  readonly connections: number;
  close(): Promise<void>;
}

const SSL_REQUEST = 80877103;

/** A PostgreSQL ErrorResponse ('E') message: severity, code and message fields. */
function errorResponse(code: string, message: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0\0`);
  const head = Buffer.alloc(5);
  head.write("E", 0);
  head.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([head, fields]);
}

/**
 * A tiny server speaking just enough of the PostgreSQL wire protocol to refuse every connection the
 * way a real server does while it starts up or shuts down (an ErrorResponse to the startup message,
 * e.g. 57P03 "the database system is not yet accepting connections"), or to drop it (a reset).
 * SSL is declined ('N'), as a server without TLS does.
 */
export async function startFakePostgres(behaviour: FakePostgresBehaviour): Promise<FakePostgres> {
  let connections = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    const onStartup = () => {
      connections += 1;
      if (behaviour.kind === "reset") socket.resetAndDestroy();
      else socket.end(errorResponse(behaviour.code, behaviour.message));
    };
    socket.once("data", (data) => {
      if (data.length >= 8 && data.readInt32BE(4) === SSL_REQUEST) {
        socket.write("N");
        socket.once("data", onStartup);
      } else {
        onStartup();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `postgresql://caspian:secret@127.0.0.1:${port}/caspian`,
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
