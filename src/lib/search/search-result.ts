/**
 * The shape of a search answer, as /api/search returns it and the search page renders it.
 */
import type { PlanLevel } from '../plan/plan-meta.ts';

/** Facets offered, by their name in the API. */
export const facetNames = ['province', 'provinceNow', 'level', 'year', 'category', 'agency', 'type', 'cites'] as const;
export type FacetName = (typeof facetNames)[number];

/** Facet name → Meilisearch attribute. Provinces are faceted by GSO code, shown by name. */
export const facetAttributes: Record<FacetName, string> = {
  province: 'provinceCode',
  provinceNow: 'provinceNowCode',
  level: 'level',
  year: 'year',
  category: 'categories',
  agency: 'leadAgencies',
  type: 'documentType',
  cites: 'cites',
};

export interface SearchHit {
  /** The section permalink: `/ke-hoach/<plan-slug>#<anchor>`. */
  url: string;
  plan: {
    slug: string;
    number: string | null;
    title: string;
    /** The document type; null when unknown. */
    type: string | null;
    issuer: string | null;
    level: PlanLevel | null;
    province: string | null;
    provinceNow: string | null;
    date: string | null;
  };
  section: {
    path: string;
    anchor: string;
    heading: string;
    breadcrumb: string[];
  };
  /** Escaped HTML with the query's words in <mark>. */
  snippet: string;
  /** True when the section's text is OCR-repaired text. */
  repaired: boolean;
}

export interface SearchResult {
  /** The query as typed. */
  q: string;
  /** Sections having every word of the query (Meilisearch's count for relevance-ranked queries). */
  total: number;
  /**
   * True when `total` is estimated: a query the site checks itself (longer than Meilisearch's 10
   * words, or with a quoted word typed with marks) has more candidates than were checked, and the
   * count is the candidates' total times the share of them that passed. The page says "khoảng".
   */
  totalIsEstimate: boolean;
  /**
   * "all": the hits have every word. "partial": no section has them all, and the hits are the
   * closest partial matches (most words first), `partialTotal` of them.
   */
  matching: 'all' | 'partial';
  partialTotal: number;
  /** Words (or quoted phrases) of the query that no section has, as typed. */
  missingWords: string[];
  /** Facet name → value → count. Province facets are keyed by GSO code. */
  facets: Record<FacetName, Record<string, number>>;
  hits: SearchHit[];
  page: number;
  pages: number;
  /** Milliseconds Meilisearch took. */
  took: number;
}
