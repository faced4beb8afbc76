/**
 * GET /api/search: the search page's parameters in, JSON out (`total`, `matching`, `partialTotal`,
 * `missingWords`, `facets` with their `labels`, `hits`, `page`, `pages`, `took`). 400 with a
 * Vietnamese message naming the parameter for a bad or unknown parameter, 503 when Meilisearch is down
 * (src/lib/search/engine-error.ts). With `format=html`, the same search as the page's rendered
 * results (see api/search/html.astro).
 */
import type { APIRoute } from 'astro';
import { categoryLabels } from '../../lib/search/category-labels.ts';
import { facetLabels } from '../../lib/search/labels.ts';
import { parseSearchParams, SearchParamError } from '../../lib/search/params.ts';
import { searchSections } from '../../lib/search/search-sections.ts';
import { indexUid, searchClient } from '../../lib/search/search-service.ts';
import { engineErrorResponse } from '../../lib/search/engine-error.ts';
import { siteFacetCache } from '../../lib/search/site-facet-cache.ts';
import { jsonResponse } from '../../lib/search/json-response.ts';
import { answerFormat, formatMessage, withoutFormat } from '../../lib/pages/answer-format.ts';

export const GET: APIRoute = async ({ url, rewrite }) => {
  const format = answerFormat(url.searchParams);
  if (format === 'html') return rewrite(new URL(`/api/search/html?${withoutFormat(url.searchParams)}`, url));
  if (format === null) return engineErrorResponse(new SearchParamError('format', formatMessage));
  try {
    const request = parseSearchParams(withoutFormat(url.searchParams));
    const result = await searchSections(searchClient(), indexUid('sections'), request, undefined, { facetCache: siteFacetCache() });
    return jsonResponse({ ...result, labels: facetLabels(result.facets, await categoryLabels()) }, 200);
  } catch (error) {
    return engineErrorResponse(error);
  }
};
