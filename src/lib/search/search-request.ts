/**
 * The validated search request shared by the search page, /api/search and the query module.
 * Every value here has passed `parseSearchParams`, so filters can be built from it safely.
 */
import type { PlanLevel } from '../plan/plan-meta.ts';
import { prepareSearchQuery, type PreparedQuery } from './prepared-query.ts';

/** Result orderings the site offers. */
export const sortOrders = ['relevance', 'date-desc', 'date-asc'] as const;
export type SortOrder = (typeof sortOrders)[number];

/** Hits per result page. */
export const hitsPerPage = 10;

export interface SearchRequest {
  /** The query as typed (trimmed); "" lists everything. For links and the search box: the search reads `query`. */
  q: string;
  /** The query parsed once (prepared-query.ts), from `q`: set both with `withQuery`. */
  query: PreparedQuery;
  /** GSO province codes, matched against the province before and after the 2025 merger. */
  provinces: string[];
  levels: PlanLevel[];
  years: number[];
  /** ISO date "YYYY-MM-DD", inclusive. */
  from: string | null;
  /** ISO date "YYYY-MM-DD", inclusive. */
  to: string | null;
  /** Task category ids. */
  categories: string[];
  /** Lead agencies ("Cơ quan chỉ đạo"), canonical names. */
  agencies: string[];
  /** Document types ("Kế hoạch", "Quyết định", "Chưa xác định" for an unknown type). */
  types: string[];
  /** Numbers of documents the plans cite, canonical ("57-KL/TW", "47/NQ-CP"). */
  cites: string[];
  sort: SortOrder;
  /** From 1. */
  page: number;
}

/** An empty request: everything, by relevance, first page. */
export function emptySearchRequest(): SearchRequest {
  return {
    q: '',
    query: prepareSearchQuery(''),
    provinces: [],
    levels: [],
    years: [],
    from: null,
    to: null,
    categories: [],
    agencies: [],
    types: [],
    cites: [],
    sort: 'relevance',
    page: 1,
  };
}

/** The request with the query `q` (as typed), parsed. */
export function withQuery<R extends SearchRequest>(request: R, q: string): R {
  const query = prepareSearchQuery(q);
  return { ...request, q: query.typed, query };
}
