/**
 * A bounded load run: `connections` concurrent keep-alive clients request a rotating list of paths
 * for `durationMs`, and every response is counted. A response counts as an error when it is not
 * 2xx or 3xx, or when none came at all.
 */
import { createAgent, send } from './http-client.ts';
import { summariseLatencies, type LatencySummary } from './latency-summary.ts';

export interface LoadOptions {
  origin: URL;
  /** Raw, percent-encoded paths requested in turn: "/?q=…", "/api/search?q=…". */
  paths: readonly string[];
  connections: number;
  durationMs: number;
  timeoutMs?: number;
  /** Headers of every request (Meilisearch's `authorization`). */
  headers?: Record<string, string>;
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** Responses per status ("0" when no response came). */
  statuses: Record<string, number>;
  /** First few error messages, to say what went wrong. */
  errorSamples: string[];
  seconds: number;
  requestsPerSecond: number;
  latency: LatencySummary;
  /** Bytes of response bodies received. */
  bytes: number;
}

/** Run the load and return its figures; never runs longer than `durationMs` plus one request timeout. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (options.paths.length === 0) throw new Error('load run: no paths to request');
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(options.origin.hostname)) {
    throw new Error(`load run: ${options.origin.host} is not loopback; this tool only loads a server on 127.0.0.1`);
  }
  const agent = createAgent(options.connections);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const errorSamples: string[] = [];
  let errors = 0;
  let bytes = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const path = options.paths[next++ % options.paths.length] as string;
      const response = await send(agent, options.origin, path, { timeoutMs: options.timeoutMs ?? 10_000, ...(options.headers ? { headers: options.headers } : {}) });
      latencies.push(response.ms);
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      bytes += response.body.length;
      if (response.status < 200 || response.status >= 400) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(`${response.status} ${path}: ${response.error ?? response.body.slice(0, 120)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    requests: latencies.length,
    errors,
    statuses,
    errorSamples,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    latency: summariseLatencies(latencies),
    bytes,
  };
}
