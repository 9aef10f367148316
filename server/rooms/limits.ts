// What one connection, one room and one client address may send: each limit has a close code (or
// an HTTP status) and a sentence the app shows as it is.

export interface Limits {
  /** Largest WebSocket message (a big paste, or a whole plan on first sync). */
  maxMessageBytes: number;
  /** Largest document a room may hold. */
  maxDocumentBytes: number;
  /** Messages a connection may send per second, sustained … */
  messagesPerSecond: number;
  /** … and at once (a burst after reconnecting, pointer moves). */
  messageBurst: number;
  /** Rooms one client address may create per minute. */
  roomsPerMinute: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: Limits = {
  maxMessageBytes: 16 * MiB,
  maxDocumentBytes: 32 * MiB,
  messagesPerSecond: 60,
  messageBurst: 300,
  roomsPerMinute: 30,
};

export const megabytes = (bytes: number) => `${Math.round((bytes / MiB) * 10) / 10} MB`;

/** A token bucket: `take()` is false once the rate and the burst are used up. */
export class RateLimit {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Counts per key within a window (room creation per client address). */
export class WindowCounter {
  private readonly counts = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  take(key: string): boolean {
    const t = this.now();
    if (this.counts.size > 10_000) for (const [k, v] of this.counts) if (t - v.start >= this.windowMs) this.counts.delete(k);
    const entry = this.counts.get(key);
    if (!entry || t - entry.start >= this.windowMs) {
      this.counts.set(key, { start: t, count: 1 });
      return this.limit >= 1;
    }
    entry.count += 1;
    return entry.count <= this.limit;
  }
}
