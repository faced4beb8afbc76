/**
 * Vietnamese labels for the values the site shows: levels, provinces by code, dates, sorting,
 * facet keys; and the reason phrases of HTTP statuses.
 */
import { STATUS_CODES } from 'node:http';
import type { PlanLevel } from '../plan/plan-meta.ts';
import { provinceAfterByCode, provinceBeforeByCode } from '../provinces/index.ts';
import type { SortOrder } from './search-request.ts';
import { facetNames, type FacetName, type SearchResult } from './search-result.ts';

const levelLabels: Record<PlanLevel, string> = {
  central: 'Trung ương',
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
  agency: 'Cơ quan, ban ngành',
};

/** "district" → "Cấp huyện"; unknown values are shown as they are. */
export function levelLabel(level: string): string {
  return levelLabels[level as PlanLevel] ?? level;
}

/** Name of the province with this GSO code before 1 July 2025, else after; the code when unknown. */
export function provinceBeforeLabel(code: string): string {
  return provinceBeforeByCode(code)?.name ?? provinceAfterByCode(code)?.name ?? code;
}

/** Name of the province with this GSO code from 1 July 2025; the code when unknown. */
export function provinceNowLabel(code: string): string {
  return provinceAfterByCode(code)?.name ?? provinceBeforeByCode(code)?.name ?? code;
}

/** "58" → "Ninh Thuận (nay thuộc Khánh Hòa)"; a province that kept its name is shown once. */
export function provinceLabel(code: string): string {
  const before = provinceBeforeByCode(code);
  if (before === undefined) return provinceNowLabel(code);
  const now = provinceAfterByCode(before.nowCode);
  return now === undefined || now.name === before.name ? before.name : `${before.name} (nay thuộc ${now.name})`;
}

/** "2024-01-19" → "19/01/2024"; null → "". */
export function dateLabel(date: string | null): string {
  if (date === null) return '';
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

export const sortLabels: Record<SortOrder, string> = {
  relevance: 'Liên quan nhất',
  'date-desc': 'Mới nhất',
  'date-asc': 'Cũ nhất',
};

/** The standard reason phrase of an HTTP status ("Not Found"), for the status line of a page or an API answer. */
export function statusText(status: number): string {
  return STATUS_CODES[status] ?? '';
}

/**
 * Labels of the facet keys of a result, by facet: province codes as names, levels and categories
 * in Vietnamese; types, agencies, cited numbers and years are their own labels.
 */
export function facetLabels(facets: SearchResult['facets'], categoryLabels: ReadonlyMap<string, string>): Record<FacetName, Record<string, string>> {
  const label: Record<FacetName, (key: string) => string> = {
    province: provinceBeforeLabel,
    provinceNow: provinceNowLabel,
    level: levelLabel,
    year: (key) => key,
    category: (key) => categoryLabels.get(key) ?? key,
    agency: (key) => key,
    type: (key) => key,
    cites: (key) => key,
  };
  return Object.fromEntries(facetNames.map((name) => [name, Object.fromEntries(Object.keys(facets[name]).map((key) => [key, label[name](key)]))])) as Record<FacetName, Record<string, string>>;
}
