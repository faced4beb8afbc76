/**
 * Time the same queries through the site's /api/search and directly against Meilisearch (the very
 * multi-search body the site sends), interleaved so both see the same machine noise. One keep-alive
 * connection each, one request at a time: this measures latency, not throughput.
 */
import { parseSearchParams } from '../search/params.ts';
import { requestToMultiSearch } from '../search/search-sections.ts';
import { createAgent, send } from './http-client.ts';
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

/** Run `rounds` rounds of the query set (after one unrecorded warm-up round); throws on any non-200. */
export async function measureSearchLatency(targets: LatencyTargets, queries: readonly BenchQuery[], rounds: number): Promise<LatencySamples> {
  const siteAgent = createAgent(1);
  const meiliAgent = createAgent(1);
  const prepared = queries.map((query) => {
    const search = queryString(query);
    return { search, body: JSON.stringify(requestToMultiSearch(parseSearchParams(new URLSearchParams(search)), targets.indexUid)) };
  });
  const samples: LatencySamples = { site: [], meili: [] };
  try {
    for (let round = 0; round <= rounds; round++) {
      for (const { search, body } of prepared) {
        const site = await send(siteAgent, targets.site, `/api/search?${search}`);
        const meili = await send(meiliAgent, targets.meili, '/multi-search', { method: 'POST', body, headers: { authorization: `Bearer ${targets.meiliKey}` } });
        if (site.status !== 200) throw new Error(`site /api/search?${search}: HTTP ${site.status} ${site.error ?? site.body.slice(0, 200)}`);
        if (meili.status !== 200) throw new Error(`Meilisearch /multi-search for ${search}: HTTP ${meili.status} ${meili.error ?? meili.body.slice(0, 200)}`);
        if (round === 0) continue;
        samples.site.push(site.ms);
        samples.meili.push(meili.ms);
      }
    }
  } finally {
    siteAgent.destroy();
    meiliAgent.destroy();
  }
  return samples;
}
