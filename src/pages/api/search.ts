/**
 * GET /api/search: the search page's parameters in, JSON out (`total`, `facets`, `hits`, `page`,
 * `pages`, `took`). 400 with a Vietnamese message for a bad parameter, 503 when Meilisearch is down.
 */
import type { APIRoute } from 'astro';
import { parseSearchParams, SearchParamError } from '../../lib/search/params.ts';
import { searchSections } from '../../lib/search/search-sections.ts';
import { indexUid, searchClient, SearchUnavailableError, toSearchError } from '../../lib/search/search-service.ts';

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

export const GET: APIRoute = async ({ url }) => {
  try {
    const request = parseSearchParams(url.searchParams);
    return json(await searchSections(searchClient(), indexUid('sections'), request), 200);
  } catch (error) {
    const mapped = toSearchError(error);
    if (mapped instanceof SearchParamError) return json({ error: mapped.message, param: mapped.param }, 400);
    if (mapped instanceof SearchUnavailableError) return json({ error: mapped.message }, 503, { 'retry-after': '30' });
    throw mapped;
  }
};
