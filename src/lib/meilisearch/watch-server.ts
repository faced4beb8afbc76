/**
 * The embedded Meilisearch kept running: when it dies (a crash, the OOM killer, `kill -9`) it is
 * started again on the same port and database, after a back-off that doubles from 0.5 s to 30 s
 * while restarts keep failing and resets once a server has stayed up for a minute. Each exit and
 * restart is logged. The site, meanwhile, answers 503 quickly (its breaker) and recovers by itself.
 */
import type { EmbeddedServer, ServerExit } from './server.ts';

/** How to watch. */
export interface WatchOptions {
  /** Starts the server (resolves once /health answers). */
  start: () => Promise<EmbeddedServer>;
  /** Where a line goes (default: stderr). */
  log?: (line: string) => void;
  /** First delay before a restart, ms (default 500); doubled per failed restart up to `maxDelayMs`. */
  firstDelayMs?: number;
  /** Longest delay, ms (default 30 000). */
  maxDelayMs?: number;
  /** A server up this long resets the delay, ms (default 60 000). */
  stableAfterMs?: number;
}

/** A watched server. */
export interface WatchedServer {
  url: string;
  /** Pid of the server running now. */
  readonly pid: number;
  /** How many times it was restarted. */
  readonly restarts: number;
  /** Stops watching and stops the server. */
  stop(): Promise<void>;
}

/** The delay before restart number `attempt` (0-based). */
export function restartDelay(attempt: number, firstDelayMs = 500, maxDelayMs = 30_000): number {
  return Math.min(maxDelayMs, firstDelayMs * 2 ** attempt);
}

/** Starts the server and restarts it whenever it exits, until `stop`. */
export async function watchServer(options: WatchOptions): Promise<WatchedServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const stableAfterMs = options.stableAfterMs ?? 60_000;
  let current = await options.start();
  let stopping = false;
  let restarts = 0;
  let attempt = 0;
  let wake: (() => void) | null = null;

  const loop = async (): Promise<void> => {
    for (;;) {
      const startedAt = Date.now();
      const exit = await current.exited;
      if (stopping) return;
      if (Date.now() - startedAt >= stableAfterMs) attempt = 0;
      log(`Meilisearch (pid ${current.pid}) ${describe(exit)} after ${seconds(Date.now() - startedAt)}.`);
      for (;;) {
        const delay = restartDelay(attempt, options.firstDelayMs, options.maxDelayMs);
        attempt += 1;
        log(`Restarting Meilisearch in ${seconds(delay)}.`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, delay);
        });
        wake = null;
        if (stopping) return;
        try {
          current = await options.start();
          restarts += 1;
          log(`Meilisearch restarted on ${current.url} (pid ${current.pid}, restart ${restarts}).`);
          break;
        } catch (error) {
          log(`Meilisearch could not be restarted: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
  };
  const watching = loop();

  return {
    url: current.url,
    get pid() {
      return current.pid;
    },
    get restarts() {
      return restarts;
    },
    async stop() {
      stopping = true;
      (wake as (() => void) | null)?.();
      await current.stop();
      await watching;
    },
  };
}

function describe(exit: ServerExit): string {
  return exit.signal !== null ? `was killed by ${exit.signal}` : `exited with code ${String(exit.code)}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
