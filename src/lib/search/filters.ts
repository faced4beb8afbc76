/**
 * Meilisearch filter expressions built from a validated `SearchRequest`. Every string value is
 * quoted and escaped, so a value from the URL can never change the shape of the filter.
 */
import type { SearchRequest } from './search-request.ts';

/** Quote a value for a Meilisearch filter: `a"b` → `"a\"b"`. */
export function quoteFilterValue(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** `attribute = "v1" OR attribute = "v2"`, wrapped in parentheses. */
function anyOf(attributes: string[], values: string[]): string {
  const terms = values.flatMap((value) => attributes.map((attribute) => `${attribute} = ${quoteFilterValue(value)}`));
  return `(${terms.join(' OR ')})`;
}

/** Unix seconds of UTC midnight of an ISO date. */
export function isoDateToTimestamp(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 1000;
}

/** Facet filters of a request: one expression per facet, all to be met (AND). */
export function requestToFilter(request: SearchRequest): string[] {
  const filter: string[] = [];
  if (request.provinces.length > 0) filter.push(anyOf(['provinceCode', 'provinceNowCode'], request.provinces));
  if (request.levels.length > 0) filter.push(anyOf(['level'], request.levels));
  if (request.years.length > 0) filter.push(`year IN [${request.years.map((year) => Math.trunc(year)).join(', ')}]`);
  if (request.from !== null) filter.push(`timestamp >= ${isoDateToTimestamp(request.from)}`);
  if (request.to !== null) filter.push(`timestamp <= ${isoDateToTimestamp(request.to)}`);
  if (request.categories.length > 0) filter.push(anyOf(['categories'], request.categories));
  if (request.agencies.length > 0) filter.push(anyOf(['leadAgencies'], request.agencies));
  if (request.types.length > 0) filter.push(anyOf(['documentType'], request.types));
  if (request.cites.length > 0) filter.push(anyOf(['cites'], request.cites));
  return filter;
}

/** The filter that selects the sections of one plan. */
export function planFilter(planSlug: string): string {
  return `planSlug = ${quoteFilterValue(planSlug)}`;
}
