/**
 * The facets of a result as the search page shows them: per facet, its values with a label,
 * a count, whether it is selected, and the link that toggles it. Also the chips of the active
 * filters, each with the link that removes it.
 */
import { foldDiacritics } from '../vietnamese/index.ts';
import { dateLabel, levelLabel, provinceBeforeLabel, provinceNowLabel } from './labels.ts';
import { provinceBeforeByCode, provinceAfterByCode } from '../provinces/index.ts';
import type { SearchRequest } from './search-request.ts';
import type { FacetName, SearchResult } from './search-result.ts';
import { requestToHref, withRequest } from './search-url.ts';

export interface FacetEntry {
  value: string;
  label: string;
  /** The other name of a province across the 2025 merger, if it has one. */
  otherName: string | null;
  count: number;
  active: boolean;
  href: string;
  /** Folded words the facet's filter box matches: every name of the value. */
  keywords: string;
}

export interface FacetGroup {
  name: 'type' | 'province' | 'level' | 'year' | 'cites' | 'category' | 'agency';
  label: string;
  entries: FacetEntry[];
}

export interface Chip {
  label: string;
  /** The search without this filter. */
  href: string;
}

/** Category id → label, from the category taxonomy. */
export type CategoryLabels = ReadonlyMap<string, string>;

type ListField = 'provinces' | 'levels' | 'categories' | 'agencies' | 'types' | 'cites';

function toggle<T>(values: T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

// Labels sort as Vietnamese readers expect; one collator, built once (localeCompare builds one per call).
const vietnameseOrder = new Intl.Collator('vi');

/** A function of a province code, computed once per code (a hundred codes at most reach it). */
function perCode<T>(compute: (code: string) => T): (code: string) => T {
  const known = new Map<string, T>();
  return (code) => {
    if (known.has(code)) return known.get(code) as T;
    const value = compute(code);
    // Facet keys come from the index; an unknown code is computed, but not kept.
    if (provinceBeforeByCode(code) !== undefined || provinceAfterByCode(code) !== undefined) known.set(code, value);
    return value;
  };
}

const otherProvinceName = perCode((code): string | null => {
  const before = provinceBeforeByCode(code);
  const now = before ? provinceAfterByCode(before.nowCode) : undefined;
  return before && now && now.name !== before.name ? `nay thuộc ${now.name}` : null;
});

const provinceKeywords = perCode((code): string => {
  const before = provinceBeforeByCode(code);
  const now = before ? provinceAfterByCode(before.nowCode) : provinceAfterByCode(code);
  const names = [before?.name, ...(before?.aliases ?? []), now?.name, ...(now?.aliases ?? [])].filter((n) => n !== undefined);
  return foldDiacritics(names.join(' '));
});

/**
 * The sections a province filter finds (filters.ts: issued in the province before 1 July 2025, or
 * lying in it since): those counted under its code now, plus, for a province merged into another,
 * those counted under its code before. "Khánh Hòa" (56) thus counts Ninh Thuận's plans too.
 */
function provinceCounts(facets: SearchResult['facets'], selected: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of new Set([...Object.keys(facets.province), ...selected])) {
    const before = facets.province[code] ?? 0;
    const now = facets.provinceNow[code] ?? 0;
    counts[code] = provinceBeforeByCode(code)?.nowCode === code ? now : before + now;
  }
  return counts;
}

/** Facet groups of a result, with the selected values first-class even when their count is 0. */
export function facetGroups(request: SearchRequest, result: SearchResult, categoryLabels: CategoryLabels): FacetGroup[] {
  const entries = (facet: FacetName, field: ListField, label: (value: string) => string, keywords = (v: string) => foldDiacritics(label(v))): FacetEntry[] => {
    const counts = facet === 'province' ? provinceCounts(result.facets, request.provinces) : { ...result.facets[facet] };
    for (const value of request[field]) counts[value] ??= 0;
    return Object.entries(counts)
      .map(([value, count]) => ({ value, count, label: label(value) }))
      .sort((a, b) => b.count - a.count || vietnameseOrder.compare(a.label, b.label))
      .map(({ value, count, label: shown }) => ({
        value,
        label: shown,
        otherName: facet === 'province' ? otherProvinceName(value) : null,
        count,
        active: (request[field] as string[]).includes(value),
        href: requestToHref(withRequest(request, { [field]: toggle(request[field] as string[], value) })),
        keywords: keywords(value),
      }));
  };
  const years = { ...result.facets.year };
  for (const year of request.years) years[String(year)] ??= 0;
  const yearEntries = Object.entries(years)
    .sort(([a], [b]) => Number(b) - Number(a))
    .map(([value, count]) => ({
      value, label: value, otherName: null, count,
      active: request.years.includes(Number(value)),
      href: requestToHref(withRequest(request, { years: toggle(request.years, Number(value)) })),
      keywords: value,
    }));
  return [
    { name: 'type', label: 'Loại văn bản', entries: entries('type', 'types', (type) => type) },
    { name: 'province', label: 'Tỉnh, thành phố', entries: entries('province', 'provinces', provinceBeforeLabel, provinceKeywords) },
    { name: 'level', label: 'Cấp ban hành', entries: entries('level', 'levels', levelLabel) },
    { name: 'year', label: 'Năm ban hành', entries: yearEntries },
    { name: 'cites', label: 'Văn bản được thực hiện, viện dẫn', entries: entries('cites', 'cites', (number) => number) },
    { name: 'category', label: 'Nhóm nhiệm vụ', entries: entries('category', 'categories', (id) => categoryLabels.get(id) ?? id) },
    { name: 'agency', label: 'Cơ quan chỉ đạo', entries: entries('agency', 'agencies', (name) => name) },
  ];
}

/** Chips of the active filters and query, each linking to the search without it. */
export function activeChips(request: SearchRequest, categoryLabels: CategoryLabels): Chip[] {
  const chip = (label: string, change: Partial<SearchRequest>): Chip => ({ label, href: requestToHref(withRequest(request, change)) });
  return [
    ...(request.q !== '' ? [chip(`Từ khóa: ${request.q}`, { q: '' })] : []),
    ...request.provinces.map((code) => chip(`Tỉnh: ${provinceBeforeLabel(code)}${provinceBeforeByCode(code) ? '' : ` (${provinceNowLabel(code)})`}`, { provinces: request.provinces.filter((v) => v !== code) })),
    ...request.levels.map((level) => chip(`Cấp: ${levelLabel(level)}`, { levels: request.levels.filter((v) => v !== level) })),
    ...request.years.map((year) => chip(`Năm: ${year}`, { years: request.years.filter((v) => v !== year) })),
    ...(request.from !== null ? [chip(`Từ ngày: ${dateLabel(request.from)}`, { from: null })] : []),
    ...(request.to !== null ? [chip(`Đến ngày: ${dateLabel(request.to)}`, { to: null })] : []),
    ...request.categories.map((id) => chip(`Nhóm: ${categoryLabels.get(id) ?? id}`, { categories: request.categories.filter((v) => v !== id) })),
    ...request.agencies.map((name) => chip(`Cơ quan chỉ đạo: ${name}`, { agencies: request.agencies.filter((v) => v !== name) })),
    ...request.types.map((type) => chip(`Loại: ${type}`, { types: request.types.filter((v) => v !== type) })),
    ...request.cites.map((number) => chip(`Viện dẫn: ${number}`, { cites: request.cites.filter((v) => v !== number) })),
  ];
}
