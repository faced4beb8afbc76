/**
 * GET /api/export?<search parameters>&format=csv|json|atom: every hit of a search (not one page)
 * as CSV (UTF-8 with BOM), JSON or an Atom feed of the plans it finds, newest first.
 * Absolute links (JSON, Atom) come from SITE_ORIGIN, never from the request's Host header.
 * 400 with a Vietnamese message for a bad parameter, 503 when Meilisearch is down.
 */
import type { APIRoute } from 'astro';
import { config } from '../../lib/config.ts';
import { parseExportParams } from '../../lib/export/export-request.ts';
import { exportResponse, feedRequest } from '../../lib/export/export-response.ts';
import { searchAllHits } from '../../lib/export/search-all.ts';
import { indexUid, searchClient } from '../../lib/search/search-service.ts';
import { engineErrorResponse } from '../../lib/search/engine-error.ts';

/** Hits a feed reads: enough for its entries, since it lists plans, not sections. */
const feedHits = 1000;

export const GET: APIRoute = async ({ url }) => {
  try {
    const { format, search } = parseExportParams(url.searchParams);
    const request = format === 'atom' ? feedRequest(search) : search;
    const all = await searchAllHits(searchClient(), indexUid('sections'), request, format === 'atom' ? feedHits : undefined);
    return exportResponse(format, search, all, config.SITE_ORIGIN);
  } catch (error) {
    return engineErrorResponse(error);
  }
};
