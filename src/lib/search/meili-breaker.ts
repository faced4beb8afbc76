/**
 * A circuit breaker in front of one Meilisearch, so that the site answers 503 within a second
 * when Meilisearch is down or stalled instead of each request waiting out the client's timeout.
 *
 * A slow answer is not a failure: under load a search may take longer than any short timeout. So a
 * request that has not been answered after `probeAfterMs` asks /health (one probe shared by all
 * requests, on a fresh connection, `probeTimeoutMs`); only when /health fails too, and no other
 * request was answered meanwhile, is Meilisearch judged down (a stalled process answers nothing; a
 * busy one, whose /health may queue behind searches, still answers some). Then the breaker opens:
 * every request fails at once for `openMs`, after which the next request probes /health again
 * and closes the breaker if it answers.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** The breaker's timing, ms. */
export interface BreakerTiming {
  /** How long a request may go unanswered before /health is asked. */
  probeAfterMs: number;
  /** How long /health may take. */
  probeTimeoutMs: number;
  /** How long the breaker stays open before it probes again. */
  openMs: number;
}

// 300 + 500 ms: a stalled Meilisearch is detected within 0.8 s; /health normally answers in 1 ms.
export const defaultTiming: BreakerTiming = { probeAfterMs: 300, probeTimeoutMs: 500, openMs: 1000 };

/** Meilisearch is judged unreachable or stalled; the request was not sent or was given up. */
export class MeiliUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MeiliUnavailableError';
  }
}

/** The state of the breaker of one Meilisearch. */
export class MeiliBreaker {
  readonly origin: string;
  readonly timing: BreakerTiming;
  /** Why the breaker is open, or null while closed. */
  private openReason: string | null = null;
  private openUntil = 0;
  /** When Meilisearch last answered anything (a search, /health). */
  private lastAnswerAt = 0;
  private probe: Promise<boolean> | null = null;
  private readonly checkHealth: (origin: string, timeoutMs: number) => Promise<boolean>;

  constructor(origin: string, timing: BreakerTiming = defaultTiming, checkHealth = healthAnswers) {
    this.origin = origin;
    this.timing = timing;
    this.checkHealth = checkHealth;
  }

  /** Resolves when a request may be sent; rejects with MeiliUnavailableError while the breaker is open and /health still fails. */
  async admit(): Promise<void> {
    if (this.openReason === null) return;
    if (Date.now() < this.openUntil || !(await this.healthy())) throw this.unavailable();
  }

  /** Watches a request in flight: calls `giveUp` when it is unanswered after `probeAfterMs` and /health fails. Returns the function that stops watching. */
  watch(giveUp: (error: MeiliUnavailableError) => void): () => void {
    let stopped = false;
    const sent = Date.now();
    const timer = setTimeout(() => {
      void this.healthy(sent).then((ok) => {
        if (!ok && !stopped) giveUp(this.unavailable());
      });
    }, this.timing.probeAfterMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }

  /** An answer came: the breaker closes. */
  succeeded(): void {
    this.lastAnswerAt = Date.now();
    this.openReason = null;
  }

  /** The connection failed (refused, reset): the breaker opens. */
  failed(reason: string): void {
    this.open(reason);
  }

  /** The connection failed in a way that may be harmless: /health decides. */
  suspect(): void {
    void this.healthy();
  }

  /** True while the breaker is open. */
  get isOpen(): boolean {
    return this.openReason !== null;
  }

  /**
   * One shared /health probe; opens or closes the breaker by its result. `since`: answers from
   * then on count as signs of life (by default, those during the probe).
   */
  private healthy(since = Date.now()): Promise<boolean> {
    this.probe ??= this.checkHealth(this.origin, this.timing.probeTimeoutMs).then((ok) => {
      this.probe = null;
      // Busy, not stalled: another request was answered while this one and /health were not.
      const alive = ok || this.lastAnswerAt >= since;
      if (ok) this.succeeded();
      else if (!alive) this.open(`no answer from ${this.origin}/health within ${this.timing.probeTimeoutMs} ms`);
      return alive;
    });
    return this.probe;
  }

  private open(reason: string): void {
    this.openReason = reason;
    this.openUntil = Date.now() + this.timing.openMs;
  }

  private unavailable(): MeiliUnavailableError {
    return new MeiliUnavailableError(`Meilisearch at ${this.origin} is unavailable (${this.openReason ?? 'unknown'}); not waiting for it`);
  }
}

/** True when `<origin>/health` answers 200 within `timeoutMs`, on a connection of its own. */
export function healthAnswers(origin: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const url = new URL('/health', origin);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(url, { agent: false, timeout: timeoutMs }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    const timer = setTimeout(() => {
      request.destroy();
      resolve(false);
    }, timeoutMs);
    request.on('error', () => resolve(false));
    request.on('close', () => clearTimeout(timer));
    request.end();
  });
}

const breakers = new Map<string, MeiliBreaker>();

/** The breaker of the Meilisearch at `origin` (one per process). */
export function breakerFor(origin: string): MeiliBreaker {
  let breaker = breakers.get(origin);
  if (breaker === undefined) {
    breaker = new MeiliBreaker(origin);
    breakers.set(origin, breaker);
  }
  return breaker;
}
