/**
 * How long a process trusts a user's session version it has read. This is the revocation delay
 * across instances: a sign-out or password change on one instance is seen by the others within it
 * (on the instance where it happened, at once: that instance updates its own entry).
 */
export const SESSION_VERSION_TTL_MS = 15_000;

/** Entries kept per process; the oldest read is dropped first (a re-read costs one query). */
const MAX_ENTRIES = 10_000;

interface Entry {
  /** The user's current version, or null when the user no longer exists. */
  version: number | null;
  readAt: number;
}

/**
 * userId → session version, read through `read` at most once per TTL per user (concurrent misses
 * share one read). No I/O of its own and time passed in, so it can be tested with a fixed clock.
 */
export class SessionVersionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<number | null>>();

  constructor(
    private readonly read: (userId: string) => Promise<number | null>,
    private readonly ttlMs = SESSION_VERSION_TTL_MS,
  ) {}

  /** The user's version as of at most `ttlMs` ago (null: no such user). */
  async get(userId: string, now: number): Promise<number | null> {
    const entry = this.entries.get(userId);
    if (entry && now - entry.readAt < this.ttlMs) return entry.version;
    const inFlight = this.pending.get(userId);
    if (inFlight) return inFlight;
    const reading = this.read(userId)
      .then((version) => {
        this.set(userId, version, now);
        return version;
      })
      .finally(() => this.pending.delete(userId));
    this.pending.set(userId, reading);
    return reading;
  }

  /** Records a version this process has just written (or learnt), so it applies here at once. */
  set(userId: string, version: number | null, now: number): void {
    this.entries.delete(userId);
    this.entries.set(userId, { version, readAt: now });
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  /** Forgets a user's entry: the next `get` reads again. */
  forget(userId: string): void {
    this.entries.delete(userId);
  }

  /** True when a cookie issued at `tokenVersion` is still valid (a cookie without one is not). */
  async isCurrent(userId: string, tokenVersion: unknown, now: number): Promise<boolean> {
    if (typeof tokenVersion !== "number") return false;
    return (await this.get(userId, now)) === tokenVersion;
  }
}
