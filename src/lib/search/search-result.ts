/**
 * The shape of a search answer, as /api/search returns it and the search page renders it.
 */
import type { PlanLevel } from '../plan/plan-meta.ts';

/** Facets offered, by their name in the API. */
export const facetNames = ['province', 'provinceNow', 'level', 'year', 'category', 'agency'] as const;
export type FacetName = (typeof facetNames)[number];

/** Facet name → Meilisearch attribute. Provinces are faceted by GSO code, shown by name. */
export const facetAttributes: Record<FacetName, string> = {
  province: 'provinceCode',
  provinceNow: 'provinceNowCode',
  level: 'level',
  year: 'year',
  category: 'categories',
  agency: 'leadAgencies',
};

export interface SearchHit {
  /** The section permalink: `/ke-hoach/<plan-slug>#<anchor>`. */
  url: string;
  plan: {
    slug: string;
    number: string | null;
    title: string;
    type: string;
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
  /** Matching sections (Meilisearch's estimate for relevance-ranked queries). */
  total: number;
  /** Facet name → value → count. Province facets are keyed by GSO code. */
  facets: Record<FacetName, Record<string, number>>;
  hits: SearchHit[];
  page: number;
  pages: number;
  /** Milliseconds Meilisearch took. */
  took: number;
}
