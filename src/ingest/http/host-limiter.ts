/** At most `perHost` tasks in flight per host; the rest wait in arrival order. */
export class HostLimiter {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();
  /** the most tasks seen running at once for any one host (lets tests check the limit) */
  peak = 0;

  constructor(readonly perHost: number) {}

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await this.acquire(host);
    try {
      return await task();
    } finally {
      this.release(host);
    }
  }

  private acquire(host: string): Promise<void> {
    const n = this.active.get(host) ?? 0;
    if (n < this.perHost) {
      this.active.set(host, n + 1);
      this.peak = Math.max(this.peak, n + 1);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const queue = this.waiting.get(host) ?? [];
      queue.push(() => {
        const m = (this.active.get(host) ?? 0) + 1;
        this.active.set(host, m);
        this.peak = Math.max(this.peak, m);
        resolve();
      });
      this.waiting.set(host, queue);
    });
  }

  private release(host: string): void {
    this.active.set(host, (this.active.get(host) ?? 1) - 1);
    const next = this.waiting.get(host)?.shift();
    if (next) next();
    else if ((this.active.get(host) ?? 0) === 0) {
      this.active.delete(host);
      this.waiting.delete(host);
    }
  }
}
