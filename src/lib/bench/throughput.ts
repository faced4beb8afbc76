/**
 * Throughput of the site against the floor: requests per second that the site's /api/search, its
 * HTML page and one plain Meilisearch search each sustain, at each number of connections, each
 * for a fixed time over the rotating query set.
 */
import { runLoad } from './load-run.ts';
import { queryString, type BenchQuery } from './query-set.ts';
import { plainSearchPath, type LatencyTargets } from './search-latency.ts';

/** Requests per second of each side at one number of connections. */
export interface Throughput {
  connections: number;
  api: number;
  page: number;
  plain: number;
  /** Requests that failed, all sides together (a run with errors is not a fair figure). */
  errors: number;
  /** The first failures of each side, "api: 503 /api/search?…: …". */
  errorSamples: string[];
}

/** Load each side for `seconds` at each count of `connections`, one after the other. */
export async function measureThroughput(targets: LatencyTargets, queries: readonly BenchQuery[], connections: readonly number[], seconds: number): Promise<Throughput[]> {
  const searches = queries.map(queryString);
  const sides = {
    api: { origin: targets.site, paths: searches.map((search) => `/api/search?${search}`) },
    page: { origin: targets.site, paths: searches.map((search) => `/?${search}`) },
    plain: { origin: targets.meili, paths: queries.map((query) => plainSearchPath(query, targets.indexUid)), headers: { authorization: `Bearer ${targets.meiliKey}` } },
  };
  const results: Throughput[] = [];
  for (const count of connections) {
    const figures: Throughput = { connections: count, api: 0, page: 0, plain: 0, errors: 0, errorSamples: [] };
    for (const [side, load] of Object.entries(sides) as [keyof typeof sides, (typeof sides)[keyof typeof sides]][]) {
      const result = await runLoad({ ...load, connections: count, durationMs: seconds * 1000 });
      figures[side] = result.requestsPerSecond;
      figures.errors += result.errors;
      figures.errorSamples.push(...result.errorSamples.slice(0, 2).map((sample) => `${side}: ${sample}`));
    }
    results.push(figures);
  }
  return results;
}
