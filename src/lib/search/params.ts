/**
 * Parse the URL parameters of the search page and /api/search into a validated `SearchRequest`.
 * An unknown parameter or a malformed value throws `SearchParamError` with a Vietnamese message
 * that the page and the API show with status 400.
 */
import { planLevels, type PlanLevel } from '../plan/plan-meta.ts';
import { findProvince } from '../provinces/index.ts';
import { maxQueryLength } from './prepared-query.ts';
import { emptySearchRequest, sortOrders, withQuery, type SearchRequest, type SortOrder } from './search-request.ts';

/** A URL parameter that cannot be used; `message` is Vietnamese and safe to show. */
export class SearchParamError extends Error {
  readonly param: string;
  constructor(param: string, message: string) {
    super(message);
    this.name = 'SearchParamError';
    this.param = param;
  }
}

export { maxQueryLength };

/** The parameters the search page and /api/search take. */
export const searchParamNames = ['q', 'province', 'level', 'year', 'from', 'to', 'category', 'agency', 'type', 'cites', 'sort', 'page'] as const;
const maxValues = 20;
const maxValueLength = 200;
const maxPage = 1000;

/**
 * What to do with a parameter the search does not take: the API refuses it (`reject`, a 400 naming
 * the valid ones, so a typo in a script is seen); a page ignores it (`ignore`), so that a shared
 * link with `utm_source`, `fbclid` or any other tracking parameter still opens its search. Ignored
 * parameters are not in the request, so links built from it never repeat them.
 */
export type UnknownParams = 'reject' | 'ignore';

/** Parse and validate search parameters; throws `SearchParamError` on the first bad value. */
export function parseSearchParams(params: URLSearchParams, unknownParams: UnknownParams = 'reject'): SearchRequest {
  let request = emptySearchRequest();
  const unknown = [...new Set(params.keys())].find((name) => !(searchParamNames as readonly string[]).includes(name));
  if (unknown !== undefined && unknownParams === 'reject') {
    throw new SearchParamError(unknown, `Tham số "${unknown}" không được hỗ trợ; các tham số hợp lệ: ${searchParamNames.join(', ')}.`);
  }
  const q = single(params, 'q') ?? '';
  if (q.length > maxQueryLength) {
    throw new SearchParamError('q', `Từ khóa quá dài (${q.length} ký tự); hãy rút gọn còn tối đa ${maxQueryLength} ký tự.`);
  }
  request = withQuery(request, q);
  request.provinces = [...new Set(many(params, 'province').map(provinceCode))];
  request.levels = many(params, 'level').map((value) => {
    if (!(planLevels as readonly string[]).includes(value)) {
      throw new SearchParamError('level', `Cấp "${value}" không hợp lệ: chọn một trong ${planLevels.join(', ')}.`);
    }
    return value as PlanLevel;
  });
  request.years = many(params, 'year').map((value) => {
    if (!/^\d{4}$/.test(value) || Number(value) < 1945 || Number(value) > 2100) {
      throw new SearchParamError('year', `Năm "${value}" không hợp lệ: cần năm gồm 4 chữ số, ví dụ 2024.`);
    }
    return Number(value);
  });
  request.from = parseDate(params, 'from');
  request.to = parseDate(params, 'to');
  if (request.from !== null && request.to !== null && request.from > request.to) {
    throw new SearchParamError('to', `Khoảng ngày không hợp lệ: "từ ngày" ${dayMonthYear(request.from)} sau "đến ngày" ${dayMonthYear(request.to)}.`);
  }
  request.categories = many(params, 'category').map((value) => {
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(value)) {
      throw new SearchParamError('category', `Nhóm nhiệm vụ "${value}" không hợp lệ.`);
    }
    return value;
  });
  request.agencies = many(params, 'agency');
  request.types = many(params, 'type');
  request.cites = many(params, 'cites');
  request.sort = parseSort(single(params, 'sort'));
  request.page = parsePage(single(params, 'page'));
  return request;
}

function single(params: URLSearchParams, name: string): string | null {
  const values = params.getAll(name);
  if (values.length > 1) {
    throw new SearchParamError(name, `Tham số "${name}" chỉ được có một giá trị.`);
  }
  return values[0] ?? null;
}

// Empty values (an unselected <select>, "province=") are dropped; duplicates are kept once.
function many(params: URLSearchParams, name: string): string[] {
  const values = [...new Set(params.getAll(name).map((value) => value.trim()).filter((value) => value !== ''))];
  if (values.length > maxValues) {
    throw new SearchParamError(name, `Quá nhiều giá trị cho "${name}" (${values.length}); tối đa ${maxValues}.`);
  }
  for (const value of values) {
    if (value.length > maxValueLength) {
      throw new SearchParamError(name, `Giá trị của "${name}" quá dài (${value.length} ký tự).`);
    }
  }
  return values;
}

/**
 * A province as a GSO code ("58") or a name in any spelling, old or new ("Ninh Thuận", "ninh
 * thuan", "TP. Hồ Chí Minh"): a name becomes the code of the province it designated before
 * 1 July 2025 if it did (its filter also matches the plans of the province it went into), else
 * the code of the province since then.
 */
function provinceCode(value: string): string {
  if (/^\d{2}$/.test(value)) return value;
  const match = findProvince(value);
  if (match === undefined) {
    throw new SearchParamError('province', `Không biết tỉnh "${value}": cần tên tỉnh, thành phố (trước hoặc sau 1/7/2025) hoặc mã gồm 2 chữ số, ví dụ 51.`);
  }
  return match.before?.code ?? match.after.code;
}

/** "2024-01-19" → "19/01/2024". */
function dayMonthYear(iso: string): string {
  return iso.split('-').reverse().join('/');
}

/** A date as the page's inputs write it (dd/mm/yyyy) or as ISO (yyyy-mm-dd), returned as ISO. */
function parseDate(params: URLSearchParams, name: 'from' | 'to'): string | null {
  const value = single(params, name)?.trim() ?? '';
  if (value === '') return null;
  const label = name === 'from' ? 'Từ ngày' : 'Đến ngày';
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = dmy ? `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}` : value;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = match ? new Date(`${iso}T00:00:00Z`) : null;
  if (date === null || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) {
    throw new SearchParamError(name, `${label} "${value}" không hợp lệ: cần dạng ngày/tháng/năm, ví dụ 19/01/2024.`);
  }
  return iso;
}

function parseSort(value: string | null): SortOrder {
  if (value === null || value === '') return 'relevance';
  if (!(sortOrders as readonly string[]).includes(value)) {
    throw new SearchParamError('sort', `Cách sắp xếp "${value}" không hợp lệ: chọn relevance, date-desc hoặc date-asc.`);
  }
  return value as SortOrder;
}

function parsePage(value: string | null): number {
  if (value === null || value === '') return 1;
  if (!/^\d{1,4}$/.test(value) || Number(value) < 1 || Number(value) > maxPage) {
    throw new SearchParamError('page', `Trang "${value}" không hợp lệ: cần số từ 1 đến ${maxPage}.`);
  }
  return Number(value);
}
