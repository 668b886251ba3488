/**
 * A circuit breaker on the producer side (Nygard, Release It!, 2nd ed., ch. 5; Resilience4j's
 * CircuitBreaker): after `failures` refused attempts in a row it opens, and for `openMin` minutes
 * every attempt fails at once without reaching the broker; then it lets one trial attempt through
 * (half-open): accepted closes it, refused opens it again. It takes load off a broker that is down
 * or overloaded, which is what ends a retry storm. One breaker for all producers (as in a shared
 * client library); O(1) per attempt.
 */

export type BreakerState = 'closed' | 'open' | 'halfOpen';

export class CircuitBreaker {
  state: BreakerState = 'closed';
  /** Attempts failed at once while open or while a trial was out. */
  shortCircuited = 0;
  /** Times the breaker opened. */
  opened = 0;
  #failures = 0;
  #openUntil = 0;
  #trialOut = false;
  readonly #threshold: number;
  readonly #openMin: number;

  /**
   * @example
   * const breaker = new CircuitBreaker(3, 2); // opens after 3 failures, for 2 minutes
   * breaker.failure(0); breaker.failure(0); breaker.failure(0);
   * breaker.allow(1); // false (open)
   * breaker.allow(2); // true (half-open: one trial)
   */
  constructor(threshold: number, openMin: number) {
    this.#threshold = threshold;
    this.#openMin = openMin;
  }

  /** Whether an attempt at `now` may go to the broker; false counts as short-circuited. */
  allow(now: number): boolean {
    if (this.#threshold === 0) return true;
    if (this.state === 'open' && now >= this.#openUntil) this.state = 'halfOpen';
    if (this.state === 'closed') return true;
    if (this.state === 'halfOpen' && !this.#trialOut) {
      this.#trialOut = true;
      return true;
    }
    this.shortCircuited++;
    return false;
  }

  /** The broker accepted an attempt. */
  success(): void {
    this.#failures = 0;
    this.#trialOut = false;
    this.state = 'closed';
  }

  /** The broker refused an attempt (down, full, busy) at `now`. */
  failure(now: number): void {
    // Answers to attempts sent before it opened change nothing while it is open.
    if (this.#threshold === 0 || this.state === 'open') return;
    this.#failures++;
    if (this.state === 'halfOpen' || this.#failures >= this.#threshold) {
      this.opened++;
      this.state = 'open';
      this.#openUntil = now + this.#openMin;
      this.#trialOut = false;
      this.#failures = 0;
    }
  }
}
