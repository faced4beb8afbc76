/** Search hits as a JSON export: the hits of /api/search, all of them, with absolute links. */
import type { SearchRequest } from '../search/search-request.ts';
import type { SearchHit } from '../search/search-result.ts';
import type { AllHits } from './search-all.ts';

/** The JSON export of a search. */
export interface JsonExport {
  q: string;
  /** Number of hits exported. */
  total: number;
  /** True when the export stopped at the cap (more hits may exist). */
  truncated: boolean;
  hits: (SearchHit & { link: string })[];
}

/** The export body; `origin` makes each section link absolute (`link`, beside the relative `url`). */
export function hitsToJson(request: SearchRequest, all: AllHits, origin: string): JsonExport {
  return {
    q: request.q,
    total: all.hits.length,
    truncated: all.truncated,
    hits: all.hits.map((hit) => ({ ...hit, link: new URL(hit.url, origin).href })),
  };
}
