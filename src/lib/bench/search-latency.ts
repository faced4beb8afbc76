/**
 * Time the same queries four ways, interleaved so that all see the same machine noise: the site's
 * /api/search and its HTML page; Meilisearch answering the very requests the site sends for the
 * query when it counts the facets (the bodies `searchSections` builds on a facet-cache miss, sent
 * at once as the site sends them); and the floor a user compares with, one plain Meilisearch
 * search on the same index (the query, 10 hits, no facets, no filter). Keep-alive connections,
 * one query at a time: this measures latency, not throughput.
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
  api: number[];
  page: number[];
  /** Meilisearch answering the site's own bodies. */
  bodies: number[];
  /** Meilisearch answering one plain search. */
  plain: number[];
  /** 503s of the site that were sent again. */
  retried: number;
}

/** The /multi-search bodies the site sends for a query string when it counts facets, JSON-encoded, in the order it sends them. */
export function meiliBodies(search: string, indexUid: string): string[] {
  const { federated, facets } = requestToMeiliBodies(parseSearchParams(new URLSearchParams(search)), indexUid);
  return [federated, ...(facets === null ? [] : [facets])].map((body) => JSON.stringify(body));
}

/** The plain search of a query: its words as typed, 10 hits, as a GET path ("/indexes/x/search?q=…&limit=10"). */
export function plainSearchPath(query: BenchQuery, indexUid: string): string {
  const q = query.params.find(([name]) => name === 'q')?.[1] ?? '';
  return `/indexes/${encodeURIComponent(indexUid)}/search?${new URLSearchParams({ q, limit: '10' }).toString()}`;
}

/**
 * Send, and send again (up to twice, a second apart) when the site answers 503: on a machine
 * overloaded by other work its breaker may open for a moment (README, "A watched Meilisearch").
 * Only the 200 is timed; `retried` counts the 503s.
 */
async function sendRetrying(agent: ReturnType<typeof createAgent>, origin: URL, path: string, retried: { count: number }): Promise<TimedResponse> {
  for (let attempt = 0; ; attempt++) {
    const answer = await send(agent, origin, path);
    if (answer.status !== 503 || attempt === 2) return answer;
    retried.count++;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Run `rounds` rounds of the query set (after one unrecorded warm-up round); throws on any non-200 (but a 503 the site recovers from). */
export async function measureSearchLatency(targets: LatencyTargets, queries: readonly BenchQuery[], rounds: number): Promise<LatencySamples> {
  const prepared = queries.map((query) => {
    const search = queryString(query);
    return { search, bodies: meiliBodies(search, targets.indexUid), plain: plainSearchPath(query, targets.indexUid) };
  });
  const siteAgent = createAgent(1);
  // As many connections as the site has requests in flight at once for one query.
  const meiliAgent = createAgent(Math.max(...prepared.map(({ bodies }) => bodies.length)));
  const headers = { authorization: `Bearer ${targets.meiliKey}` };
  const samples: LatencySamples = { api: [], page: [], bodies: [], plain: [], retried: 0 };
  const retried = { count: 0 };
  const check = (answer: TimedResponse, what: string): void => {
    if (answer.status !== 200) throw new Error(`${what}: HTTP ${answer.status} ${answer.error ?? answer.body.slice(0, 200)}`);
  };
  try {
    for (let round = 0; round <= rounds; round++) {
      for (const { search, bodies, plain } of prepared) {
        const api = await sendRetrying(siteAgent, targets.site, `/api/search?${search}`, retried);
        check(api, `site /api/search?${search}`);
        const page = await sendRetrying(siteAgent, targets.site, `/?${search}`, retried);
        check(page, `site /?${search}`);
        const started = performance.now();
        const answers = await Promise.all(bodies.map((body) => send(meiliAgent, targets.meili, '/multi-search', { method: 'POST', body, headers })));
        const bodiesMs = performance.now() - started;
        answers.forEach((answer) => check(answer, `Meilisearch /multi-search for ${search}`));
        const floor = await send(meiliAgent, targets.meili, plain, { headers });
        check(floor, `Meilisearch ${plain}`);
        if (round === 0) continue;
        samples.api.push(api.ms);
        samples.page.push(page.ms);
        samples.bodies.push(bodiesMs);
        samples.plain.push(floor.ms);
      }
    }
  } finally {
    siteAgent.destroy();
    meiliAgent.destroy();
  }
  return { ...samples, retried: retried.count };
}

/**
 * The site's /api/search against the plain search only, interleaved, single client, over `rounds`
 * rounds after one unrecorded one: for the pasted sentences, whose Meilisearch request the site
 * chooses from its term table, so no body can stand for it here.
 */
export async function measureApiAgainstPlain(targets: LatencyTargets, queries: readonly BenchQuery[], rounds: number): Promise<Pick<LatencySamples, 'api' | 'plain' | 'retried'>> {
  const agent = createAgent(1);
  const meiliAgent = createAgent(1);
  const headers = { authorization: `Bearer ${targets.meiliKey}` };
  const samples = { api: [] as number[], plain: [] as number[] };
  const retried = { count: 0 };
  try {
    for (let round = 0; round <= rounds; round++) {
      for (const query of queries) {
        const search = queryString(query);
        const api = await sendRetrying(agent, targets.site, `/api/search?${search}`, retried);
        if (api.status !== 200) throw new Error(`site /api/search?${search}: HTTP ${api.status} ${api.error ?? api.body.slice(0, 200)}`);
        const plain = await send(meiliAgent, targets.meili, plainSearchPath(query, targets.indexUid), { headers });
        if (plain.status !== 200) throw new Error(`Meilisearch plain search for ${search}: HTTP ${plain.status}`);
        if (round === 0) continue;
        samples.api.push(api.ms);
        samples.plain.push(plain.ms);
      }
    }
  } finally {
    agent.destroy();
    meiliAgent.destroy();
  }
  return { ...samples, retried: retried.count };
}
