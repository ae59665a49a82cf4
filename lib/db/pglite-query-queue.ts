import type { PGlite } from "@electric-sql/pglite";

type QueuedMessage = {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
};

/** Extended-protocol messages that continue an exchange which only a Sync ends. */
const MID_EXCHANGE_TYPES = new Set(["P", "B", "D", "E", "C", "H"].map((c) => c.charCodeAt(0)));
/** A Sync message: type "S", length 4. */
const SYNC_MESSAGE = new Uint8Array([0x53, 0, 0, 0, 4]);

/**
 * Serializes the wire-protocol messages of every connection onto PGlite's single session, giving the
 * session to one connection at a time for a whole exchange: a simple query, an extended-protocol
 * Parse…Sync sequence, or a whole transaction.
 *
 * Why not pglite-socket's own queue: it only holds the session for transactions, so when a client's
 * Parse and Bind arrived in separate TCP reads (a large parameter), another client's Parse could
 * replace the unnamed statement in between and the first client got the other's result (reproduced
 * with pglite-socket 0.2.17; tests/integration/db/embedded-concurrency.test.ts guards against it).
 * It also stopped serving everyone after one failed message; this one carries on.
 */
export class PGliteQueryQueue {
  private readonly queue: QueuedMessage[] = [];
  private processing = false;
  /** The connection that holds the session until its exchange or transaction ends. */
  private owner: number | null = null;
  private ownerMidExchange = false;

  constructor(private readonly db: PGlite) {}

  enqueue(
    handlerId: number,
    message: Uint8Array,
    onData: (data: Uint8Array) => void,
  ): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.processQueue();
    });
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    for (let index = this.queue.length - 1; index >= 0; index--) {
      const item = this.queue[index];
      if (item?.handlerId !== handlerId) continue;
      this.queue.splice(index, 1);
      item.reject(new Error("Handler disconnected"));
    }
  }

  /** Called when a connection goes away: end whatever it left open so others can proceed. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    // Not inside runExclusive: exec takes PGlite's query mutex itself. Nothing else runs meanwhile,
    // since the session still belongs to this (now gone) connection.
    if (this.ownerMidExchange) await this.db.execProtocolRaw(SYNC_MESSAGE);
    if (this.db.isInTransaction()) await this.db.exec("ROLLBACK");
    this.owner = null;
    this.ownerMidExchange = false;
    void this.processQueue();
  }

  private async processQueue(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      for (;;) {
        const index =
          this.owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === this.owner);
        if (index === -1 || index >= this.queue.length) break;
        const [item] = this.queue.splice(index, 1);
        if (item === undefined) break;
        await this.run(item);
      }
    } finally {
      this.processing = false;
    }
  }

  private async run(item: QueuedMessage): Promise<void> {
    let bytes = 0;
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(item.message, {
          onRawData: (data) => {
            bytes += data.length;
            item.onData(data);
          },
        }),
      );
    } catch (error) {
      item.reject(error);
      return;
    } finally {
      const type = item.message[0] ?? 0;
      this.ownerMidExchange = MID_EXCHANGE_TYPES.has(type);
      this.owner = this.ownerMidExchange || this.db.isInTransaction() ? item.handlerId : null;
    }
    item.resolve(bytes);
  }
}
