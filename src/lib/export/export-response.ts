/** The HTTP answer of an export: the body in its format, with its content type and file name. */
import { slugify } from '../vietnamese/index.ts';
import type { SearchRequest } from '../search/search-request.ts';
import { requestToHref } from '../search/search-url.ts';
import { groupHitsByPlan, plansToAtom } from './atom-feed.ts';
import { exportHref, type ExportFormat } from './export-request.ts';
import { hitsToCsv } from './hits-to-csv.ts';
import { hitsToJson } from './hits-to-json.ts';
import type { AllHits } from './search-all.ts';

/** Content types of the formats. */
export const exportContentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

/** The order a search feed lists its plans in: newest first, whatever the search's own order. */
export function feedRequest(request: SearchRequest): SearchRequest {
  return { ...request, sort: 'date-desc', page: 1 };
}

/** Title of a search's feed and name of its files. */
export function exportTitle(request: SearchRequest): string {
  return request.q === '' ? 'Kế hoạch 57-KL/TW: tất cả các mục' : `Kế hoạch 57-KL/TW: tìm “${request.q}”`;
}

/** The response for all hits of `request` in `format`; `origin` makes links absolute. */
export function exportResponse(format: ExportFormat, request: SearchRequest, all: AllHits, origin: string): Response {
  const fileName = `ke-hoach-57-${slugify(request.q).slice(0, 60) || 'tat-ca'}.${format === 'atom' ? 'atom' : format}`;
  const headers: Record<string, string> = { 'content-type': exportContentTypes[format], 'cache-control': 'no-store' };
  if (format === 'csv') {
    return new Response(hitsToCsv(all.hits, origin), { headers: { ...headers, 'content-disposition': `attachment; filename="${fileName}"` } });
  }
  if (format === 'json') {
    return new Response(JSON.stringify(hitsToJson(request, all, origin)), { headers });
  }
  const { plans, sections } = groupHitsByPlan(all.hits);
  const body = plansToAtom(plans, { origin, self: exportHref(request, 'atom'), page: requestToHref({ ...request, page: 1 }), title: exportTitle(request) }, sections);
  return new Response(body, { headers });
}
