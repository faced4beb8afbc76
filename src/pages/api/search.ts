/**
 * GET /api/search: the search page's parameters in, JSON out (`total`, `matching`, `partialTotal`,
 * `missingWords`, `facets` with their `labels`, `hits`, `page`, `pages`, `took`). 400 with a
 * Vietnamese message naming the parameter for a bad or unknown parameter, 503 when Meilisearch is down.
 */
import type { APIRoute } from 'astro';
import { categoryLabels } from '../../lib/search/category-labels.ts';
import { facetLabels } from '../../lib/search/labels.ts';
import { parseSearchParams, SearchParamError } from '../../lib/search/params.ts';
import { searchSections } from '../../lib/search/search-sections.ts';
import { indexUid, searchClient, SearchUnavailableError, toSearchError } from '../../lib/search/search-service.ts';
import { jsonResponse } from '../../lib/search/json-response.ts';

export const GET: APIRoute = async ({ url }) => {
  try {
    const request = parseSearchParams(url.searchParams);
    const result = await searchSections(searchClient(), indexUid('sections'), request);
    return jsonResponse({ ...result, labels: facetLabels(result.facets, await categoryLabels()) }, 200);
  } catch (error) {
    const mapped = toSearchError(error);
    if (mapped instanceof SearchParamError) return jsonResponse({ error: mapped.message, param: mapped.param }, 400);
    if (mapped instanceof SearchUnavailableError) return jsonResponse({ error: mapped.message }, 503, { 'retry-after': '30' });
    throw mapped;
  }
};
