/**
 * Every hit of a search, not one page: the search module's own `searchSections`, page after page,
 * so an export finds exactly what the search page shows (every word counts, exact spellings,
 * partial matches when no section has every word), up to the last page it offers.
 */
import type { Meilisearch } from 'meilisearch';
import type { SearchRequest } from '../search/search-request.ts';
import type { SearchHit } from '../search/search-result.ts';
import { searchSections } from '../search/search-sections.ts';

/** The most hits an export holds: the indexes' `pagination.maxTotalHits`. */
export const maxExportHits = 10_000;

/** All hits of a search, in its order, and whether it reached the cap (so more may exist). */
export interface AllHits {
  hits: SearchHit[];
  truncated: boolean;
}

/** Ask for every page of `request`, one after the other, until the last page or `limit` hits. */
export async function searchAllHits(client: Meilisearch, indexUid: string, request: SearchRequest, limit = maxExportHits): Promise<AllHits> {
  const hits: SearchHit[] = [];
  for (let page = 1; ; page += 1) {
    // An export shows no facets: Meilisearch is not asked to count them.
    const result = await searchSections(client, indexUid, { ...request, page }, undefined, { facets: 'none' });
    hits.push(...result.hits);
    if (hits.length >= limit) return { hits: hits.slice(0, limit), truncated: true };
    if (page >= result.pages || result.hits.length === 0) return { hits, truncated: false };
  }
}
