/**
 * Spaces the requests to one host: each starts at least `intervalMs` (or the host's own crawl delay, if longer) after
 * the one before it. Hosts are paced independently, so a crawl of many sites is not slowed by any one of them.
 */
export class HostPacer {
  private readonly next = new Map<string, number>();
  private readonly last = new Map<string, number>();
  private readonly delays = new Map<string, number>();

  constructor(
    readonly intervalMs: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /** A host's own interval (robots.txt crawl-delay), used when longer than the default, from its last request on. */
  setDelay(host: string, ms: number): void {
    this.delays.set(host, ms);
    const last = this.last.get(host);
    if (last !== undefined) this.next.set(host, Math.max(this.next.get(host) ?? 0, last + ms));
  }

  /** Waits for the host's turn and books the next one. */
  async wait(host: string): Promise<void> {
    const interval = Math.max(this.intervalMs, this.delays.get(host) ?? 0);
    const now = this.now();
    const at = Math.max(now, this.next.get(host) ?? 0);
    // booked before sleeping, so callers that arrive together are spaced, not released together
    this.next.set(host, at + interval);
    this.last.set(host, at);
    if (at > now) await this.sleep(at - now);
  }
}
