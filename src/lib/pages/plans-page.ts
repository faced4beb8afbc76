/**
 * What the plans index (`/ke-hoach`) shows: every plan, those passing the filters, the values the
 * filters offer, and the counts of its two charts.
 */
import type { PlanDocument } from '../documents/plan-document.ts';
import { fetchPlans } from '../search/plan-catalog.ts';
import { parseSearchParams, SearchParamError } from '../search/params.ts';
import { emptySearchRequest, type SearchRequest } from '../search/search-request.ts';
import { indexUid, searchClient } from '../search/search-service.ts';
import { engineErrorPage } from '../search/engine-error.ts';
import { categoryLabels } from '../search/category-labels.ts';
import { filterPlans, plansPerYear } from '../search/plan-index.ts';

/** One bar of a chart. */
export interface Bar {
  label: string;
  value: number;
}

/** The plans index's state for one URL. */
export interface PlansPage {
  request: SearchRequest;
  /** The reader's message for a bad filter (400) or Meilisearch down (503). */
  problem: string | undefined;
  all: PlanDocument[];
  /** The plans passing the filters, newest first. */
  plans: PlanDocument[];
  /** Category id → label, in the taxonomy's order. */
  labels: ReadonlyMap<string, string>;
  /** GSO codes of the provinces the plans name, sorted. */
  provinces: string[];
  years: string[];
  levels: NonNullable<PlanDocument['level']>[];
  perYear: Bar[];
  /** Sections per task category over the whole corpus, most first. */
  perCategory: Bar[];
}

/**
 * Reads the plans and the sections' category counts and filters by the URL; a bad filter sets 400
 * and a Meilisearch failure 503 (with Retry-After) on `response`, the page then shows the problem.
 */
export async function loadPlansPage(params: URLSearchParams, response: { status?: number; statusText?: string; headers: Headers }): Promise<PlansPage> {
  let request: SearchRequest = emptySearchRequest();
  let problem: string | undefined;
  try {
    request = parseSearchParams(params, 'ignore');
  } catch (error) {
    if (!(error instanceof SearchParamError)) throw error;
    response.status = 400;
    problem = error.message;
  }
  let all: PlanDocument[] = [];
  let categoryCounts: Record<string, number> = {};
  try {
    all = await fetchPlans(searchClient(), indexUid('plans'));
    const answer = await searchClient().index(indexUid('sections')).search('', { limit: 0, facets: ['categories'] });
    categoryCounts = answer.facetDistribution?.categories ?? {};
  } catch (error) {
    problem = engineErrorPage(response, error).message;
  }
  const plans = filterPlans(all, request);
  const labels = await categoryLabels();
  return {
    request,
    problem,
    all,
    plans,
    labels,
    provinces: [...new Set(all.map((plan) => plan.provinceCode).filter((code) => code !== null))].sort(),
    years: [...new Set(all.map((plan) => (plan.year === null ? undefined : String(plan.year))).filter((year) => year !== undefined))].sort(),
    levels: [...new Set(all.map((plan) => plan.level).filter((level) => level !== null))],
    perYear: plansPerYear(plans),
    perCategory: Object.entries(categoryCounts).sort(([, a], [, b]) => b - a).map(([id, value]) => ({ label: labels.get(id) ?? id, value })),
  };
}
