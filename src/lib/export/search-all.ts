/**
 * Every hit of a search, not one page: the search module's own federated request, asked for in
 * batches until Meilisearch has no more (at most its `maxTotalHits`, 10,000 sections).
 */
import type { Meilisearch } from 'meilisearch';
import { queryTerms } from '../search/highlight.ts';
import type { SearchRequest } from '../search/search-request.ts';
import type { SearchHit } from '../search/search-result.ts';
import { documentToHit, requestToMultiSearch } from '../search/search-sections.ts';
import { prepareQuery } from '../vietnamese/index.ts';

/** Hits asked for per request. */
const batchSize = 1000;
/** The most hits an export holds: the indexes' `pagination.maxTotalHits`. */
export const maxExportHits = 10_000;

/** All hits of a search, in its order, and whether it reached the cap (so more may exist). */
export interface AllHits {
  hits: SearchHit[];
  truncated: boolean;
}

/** Ask Meilisearch for every hit of `request`, batch after batch. */
export async function searchAllHits(client: Meilisearch, indexUid: string, request: SearchRequest, limit = maxExportHits): Promise<AllHits> {
  const terms = queryTerms(prepareQuery(request.q));
  const hits: SearchHit[] = [];
  for (let offset = 0; offset < limit; offset += batchSize) {
    const body = requestToMultiSearch(request, indexUid);
    // No facets: an export needs the hits only.
    const federation = { limit: Math.min(batchSize, limit - offset), offset };
    const response = await client.multiSearch({ ...body, federation } as never) as unknown as { hits: Parameters<typeof documentToHit>[0][] };
    hits.push(...response.hits.map((document) => documentToHit(document, terms)));
    if (response.hits.length < federation.limit) return { hits, truncated: false };
  }
  return { hits, truncated: true };
}
