/**
 * GET /api/export?<search parameters>&format=csv|json|atom: every hit of a search (not one page)
 * as CSV (UTF-8 with BOM), JSON or an Atom feed of the plans it finds, newest first.
 * 400 with a Vietnamese message for a bad parameter, 503 when Meilisearch is down.
 */
import type { APIRoute } from 'astro';
import { parseExportParams } from '../../lib/export/export-request.ts';
import { exportResponse, feedRequest } from '../../lib/export/export-response.ts';
import { searchAllHits } from '../../lib/export/search-all.ts';
import { SearchParamError } from '../../lib/search/params.ts';
import { indexUid, searchClient, SearchUnavailableError, toSearchError } from '../../lib/search/search-service.ts';

/** Hits a feed reads: enough for its entries, since it lists plans, not sections. */
const feedHits = 1000;

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

export const GET: APIRoute = async ({ url }) => {
  try {
    const { format, search } = parseExportParams(url.searchParams);
    const request = format === 'atom' ? feedRequest(search) : search;
    const all = await searchAllHits(searchClient(), indexUid('sections'), request, format === 'atom' ? feedHits : undefined);
    return exportResponse(format, search, all, url.origin);
  } catch (error) {
    const mapped = toSearchError(error);
    if (mapped instanceof SearchParamError) return json({ error: mapped.message, param: mapped.param }, 400);
    if (mapped instanceof SearchUnavailableError) return json({ error: mapped.message }, 503, { 'retry-after': '30' });
    throw mapped;
  }
};
