/**
 * Throttles repeated failed sign-ins: after `maxFailures` failures for one key (a username)
 * within `windowMs`, further attempts are refused until the window passes. Client addresses
 * get a higher limit (`maxFailuresPerAddress`): a whole bureau may sign in from one NAT address.
 * In memory, per process: enough for one server; behind several servers each counts its own.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 5,
    private readonly maxFailuresPerAddress = 50,
    private readonly windowMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Seconds to wait when blocked, else 0. */
  blockedFor(keys: string[]): number {
    let wait = 0;
    for (const key of keys) {
      const list = this.recent(key);
      const limit = key.startsWith('ip:') ? this.maxFailuresPerAddress : this.maxFailures;
      if (list.length >= limit) wait = Math.max(wait, Math.ceil((list[0]! + this.windowMs - this.now()) / 1000));
    }
    return wait;
  }

  fail(keys: string[]): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key), this.now()]);
    if (this.failures.size > 100_000) this.failures.clear(); // a flood of distinct keys: start over rather than grow
  }

  succeed(keys: string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}
