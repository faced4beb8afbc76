/** The search the site itself runs (its own search module), as a `SearchIds` for the evaluation. */
import type { Meilisearch } from 'meilisearch';
import { parseSearchParams } from '../search/params.ts';
import { searchSections } from '../search/search-sections.ts';
import type { SearchIds } from './run-eval.ts';

/** A `SearchIds` running the site's `searchSections` on `indexUid` with `client`; partial matches are not hits. */
export function searchIdsDirect(client: Meilisearch, indexUid: string): SearchIds {
  return async (params) => {
    const result = await searchSections(client, indexUid, parseSearchParams(params));
    return result.matching === 'partial' ? [] : result.hits.map((hit) => `${hit.plan.slug}__${hit.section.anchor}`);
  };
}
