/**
 * Run the relevance query set through a search function and score it. The search function is the
 * only edge: the HTTP API of a running site, or the site's own search module on a Meilisearch.
 */
import { evalQueryToParams, type EvalQuery } from './eval-queries.ts';
import { scoreGroups, scoreQuery, type GroupScore, type QueryScore } from './relevance-metrics.ts';

/** Search with the site's URL parameters; resolves to the hit ids (`slug__anchor`) of the first page, in rank order. */
export type SearchIds = (params: URLSearchParams) => Promise<string[]>;

/** Scores per query and per group (with "all" last). */
export interface EvalResult {
  queries: QueryScore[];
  groups: GroupScore[];
}

/** Search every query in turn and score recall@10, success@1 and reciprocal rank. */
export async function runEval(queries: readonly EvalQuery[], search: SearchIds): Promise<EvalResult> {
  const scores: QueryScore[] = [];
  for (const query of queries) {
    let hits: string[];
    try {
      hits = await search(evalQueryToParams(query));
    } catch (cause) {
      throw new Error(`eval: search for [${query.group}] "${query.q}" failed`, { cause });
    }
    scores.push(scoreQuery(query.group, query.q, hits, query.expect, 10, query.reject));
  }
  return { queries: scores, groups: scoreGroups(scores) };
}

/** A `SearchIds` over the HTTP API of a running site (`GET <origin>/api/search`); partial matches (no section has every word) are not hits. */
export function searchIdsOverHttp(origin: string): SearchIds {
  return async (params) => {
    const url = `${origin}/api/search?${params.toString()}`;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`);
    const body = (await response.json()) as { matching: 'all' | 'partial'; hits: Array<{ plan: { slug: string }; section: { anchor: string } }> };
    if (body.matching === 'partial') return [];
    return body.hits.map((hit) => `${hit.plan.slug}__${hit.section.anchor}`);
  };
}
