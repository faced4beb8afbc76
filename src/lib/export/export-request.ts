/**
 * The parameters of /api/export: the search page's own (parsed by the search module, so both
 * always accept the same) plus `format`. A search's page does not apply: an export holds all hits.
 */
import { parseSearchParams, SearchParamError } from '../search/params.ts';
import type { SearchRequest } from '../search/search-request.ts';
import { requestToSearchParams } from '../search/search-url.ts';

/** Formats an export comes in. */
export const exportFormats = ['csv', 'json', 'atom'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** A validated export request. */
export interface ExportRequest {
  format: ExportFormat;
  search: SearchRequest;
}

/** Parse the URL parameters of an export; throws `SearchParamError` (a 400) on a bad value. */
export function parseExportParams(params: URLSearchParams): ExportRequest {
  const formats = params.getAll('format');
  const format = formats[0] ?? '';
  if (formats.length !== 1 || !(exportFormats as readonly string[]).includes(format)) {
    throw new SearchParamError('format', `Định dạng "${formats.join(', ')}" không hợp lệ: chọn format=csv, format=json hoặc format=atom.`);
  }
  const search = new URLSearchParams(params);
  search.delete('format');
  search.delete('page');
  return { format: format as ExportFormat, search: parseSearchParams(search) };
}

/** The export URL of a search in a format (relative: "/api/export?q=…&format=csv"). */
export function exportHref(request: SearchRequest, format: ExportFormat): string {
  const params = requestToSearchParams({ ...request, page: 1 });
  params.set('format', format);
  return `/api/export?${params.toString()}`;
}
