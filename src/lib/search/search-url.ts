/**
 * Turn a `SearchRequest` back into URL parameters: the links of chips, facets, sorting and
 * pagination, so every state of the search page is a shareable link.
 */
import { emptySearchRequest, type SearchRequest } from './search-request.ts';

/** URL parameters for a request, leaving out defaults; the inverse of `parseSearchParams`. */
export function requestToSearchParams(request: SearchRequest): URLSearchParams {
  const params = new URLSearchParams();
  if (request.q !== '') params.set('q', request.q);
  for (const value of request.provinces) params.append('province', value);
  for (const value of request.levels) params.append('level', value);
  for (const value of request.years) params.append('year', String(value));
  if (request.from !== null) params.set('from', request.from);
  if (request.to !== null) params.set('to', request.to);
  for (const value of request.categories) params.append('category', value);
  for (const value of request.agencies) params.append('agency', value);
  for (const value of request.types) params.append('type', value);
  for (const value of request.cites) params.append('cites', value);
  if (request.sort !== 'relevance') params.set('sort', request.sort);
  if (request.page !== 1) params.set('page', String(request.page));
  return params;
}

/** A relative search URL ("/?q=…") for a request. */
export function requestToHref(request: SearchRequest, path = '/'): string {
  const query = requestToSearchParams(request).toString();
  return query === '' ? path : `${path}?${query}`;
}

/** A copy of the request with some fields changed and the page reset to 1 (unless given). */
export function withRequest(request: SearchRequest, change: Partial<SearchRequest>): SearchRequest {
  return { ...request, page: 1, ...change };
}

/** True when the request filters or queries anything. */
export function isEmptyRequest(request: SearchRequest): boolean {
  const empty = emptySearchRequest();
  return requestToSearchParams({ ...request, sort: empty.sort, page: empty.page }).toString() === '';
}
