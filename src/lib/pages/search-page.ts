/**
 * What the search page shows for a URL, computed once for the page and for the results fragment
 * that as-you-type search fetches (`/api/search?…&format=html`): the parsed request, the answer or
 * the problem with its HTTP status, the facet groups, the filter chips and the page title.
 */
import { parseSearchParams, SearchParamError, maxQueryLength } from '../search/params.ts';
import { engineFailure } from '../search/engine-error.ts';
import { emptySearchRequest, hitsPerPage, withQuery, type SearchRequest } from '../search/search-request.ts';
import { searchSections } from '../search/search-sections.ts';
import { siteFacetCache } from '../search/site-facet-cache.ts';
import { indexUid, searchClient } from '../search/search-service.ts';
import { activeChips, facetGroups, type Chip, type FacetGroup } from '../search/facet-groups.ts';
import { categoryLabels } from '../search/category-labels.ts';
import { isEmptyRequest, requestToSearchParams } from '../search/search-url.ts';
import type { SearchResult } from '../search/search-result.ts';

/** The search page's state for one URL. */
export interface SearchPage {
  /** 200; 400 for a bad parameter (ours or one Meilisearch rejects); 503 when Meilisearch cannot answer. */
  status: 200 | 400 | 503;
  /** Headers of a failed answer (Retry-After with a 503). */
  headers: Record<string, string>;
  request: SearchRequest;
  /** Undefined when there is a problem. */
  result: SearchResult | undefined;
  /** The reader's message for a 400 or a 503. */
  problem: string | undefined;
  groups: FacetGroup[];
  chips: Chip[];
  /** Whether a filter (other than the query) is set. */
  filtered: boolean;
  title: string;
}

/** Runs the search a URL asks for and gathers what the page shows; throws only what is not the reader's or Meilisearch's fault. */
export async function loadSearchPage(params: URLSearchParams): Promise<SearchPage> {
  let request: SearchRequest = emptySearchRequest();
  let result: SearchResult | undefined;
  let problem: string | undefined;
  let status: SearchPage['status'] = 200;
  let headers: Record<string, string> = {};
  try {
    request = parseSearchParams(params, 'ignore');
    result = await searchSections(searchClient(), indexUid('sections'), request, undefined, { facetCache: siteFacetCache() });
  } catch (error) {
    // The one mapping of failures (engine-error.ts); a 500 is thrown on, for the site's error page.
    const failure = engineFailure(error);
    if (failure.status === 500) throw error;
    status = failure.status;
    headers = failure.headers;
    problem = failure.message;
    // The box keeps what was typed, so the reader can correct it.
    if (error instanceof SearchParamError) request = withQuery(emptySearchRequest(), (params.get('q') ?? '').slice(0, maxQueryLength));
  }
  const labels = await categoryLabels();
  return {
    status,
    headers,
    request,
    result,
    problem,
    groups: result ? facetGroups(request, result, labels) : [],
    chips: activeChips(request, labels),
    filtered: !isEmptyRequest({ ...request, q: '' }),
    title: request.q !== '' ? `${request.q} – Tìm kiếm kế hoạch 57-KL/TW` : 'Tìm kiếm kế hoạch triển khai Kết luận 57-KL/TW',
  };
}

/** The rank of the first hit on a page of results: 1, 11, 21, … */
export function firstRankOf(page: number): number {
  return (page - 1) * hitsPerPage + 1;
}

/** The hidden fields of the search form: the filters and sorting a new query keeps, the page back to 1. */
export function keptFields(request: SearchRequest): Array<[name: string, value: string]> {
  return [...requestToSearchParams({ ...request, q: '', page: 1 })];
}
