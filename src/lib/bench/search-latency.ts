/**
 * Time the same queries through the site's /api/search and directly against Meilisearch, answering
 * the very requests the site sends for each query (the bodies `searchSections` builds, with the
 * same functions: the federated search and, when a facet has a selection, the facet counts, sent
 * at once as the site sends them), interleaved so both see the same machine noise. Keep-alive
 * connections, one query at a time: this measures latency, not throughput.
 */
import { parseSearchParams } from '../search/params.ts';
import { requestToMeiliBodies } from '../search/search-sections.ts';
import { createAgent, send, type TimedResponse } from './http-client.ts';
import { queryString, type BenchQuery } from './query-set.ts';

export interface LatencyTargets {
  /** The site's origin: "http://127.0.0.1:4321". */
  site: URL;
  /** Meilisearch's origin, a key allowed to search, and the uid of the index the site serves. */
  meili: URL;
  meiliKey: string;
  indexUid: string;
}

/** Latencies in ms of every request, per side. */
export interface LatencySamples {
  site: number[];
  meili: number[];
}

/** The /multi-search bodies the site sends for a query string, JSON-encoded, in the order it sends them. */
export function meiliBodies(search: string, indexUid: string): string[] {
  const { federated, facets } = requestToMeiliBodies(parseSearchParams(new URLSearchParams(search)), indexUid);
  return [federated, ...(facets === null ? [] : [facets])].map((body) => JSON.stringify(body));
}

/** Run `rounds` rounds of the query set (after one unrecorded warm-up round); throws on any non-200. */
export async function measureSearchLatency(targets: LatencyTargets, queries: readonly BenchQuery[], rounds: number): Promise<LatencySamples> {
  const prepared = queries.map((query) => {
    const search = queryString(query);
    return { search, bodies: meiliBodies(search, targets.indexUid) };
  });
  const siteAgent = createAgent(1);
  // As many connections as the site has requests in flight at once for one query.
  const meiliAgent = createAgent(Math.max(...prepared.map(({ bodies }) => bodies.length)));
  const headers = { authorization: `Bearer ${targets.meiliKey}` };
  const samples: LatencySamples = { site: [], meili: [] };
  try {
    for (let round = 0; round <= rounds; round++) {
      for (const { search, bodies } of prepared) {
        const site = await send(siteAgent, targets.site, `/api/search?${search}`);
        if (site.status !== 200) throw new Error(`site /api/search?${search}: HTTP ${site.status} ${site.error ?? site.body.slice(0, 200)}`);
        const started = performance.now();
        const answers: TimedResponse[] = await Promise.all(bodies.map((body) => send(meiliAgent, targets.meili, '/multi-search', { method: 'POST', body, headers })));
        const meiliMs = performance.now() - started;
        const failed = answers.find((answer) => answer.status !== 200);
        if (failed !== undefined) throw new Error(`Meilisearch /multi-search for ${search}: HTTP ${failed.status} ${failed.error ?? failed.body.slice(0, 200)}`);
        if (round === 0) continue;
        samples.site.push(site.ms);
        samples.meili.push(meiliMs);
      }
    }
  } finally {
    siteAgent.destroy();
    meiliAgent.destroy();
  }
  return samples;
}
