/** The plan page's reads: the plan's sections and its entry (with citations) in the plans index. */
import { fetchPlans, planWithLinks, type PlanWithLinks } from '../search/plan-catalog.ts';
import { fetchPlanSections, type PlanSection } from '../search/plan-sections.ts';
import { indexUid, searchClient } from '../search/search-service.ts';
import { engineErrorPage } from '../search/engine-error.ts';
import { isPlanSlug } from './plan-page.ts';

/** A plan's sections in order and its links; `problem` for a 404 or a 503. */
export interface LoadedPlan {
  sections: PlanSection[];
  links: PlanWithLinks | undefined;
  problem: string | undefined;
}

/** Reads the plan with this slug; sets 404, or 503 with Retry-After, on `response` when it cannot be shown. */
export async function loadPlanPage(slug: string, response: { status?: number; statusText?: string; headers: Headers }): Promise<LoadedPlan> {
  let sections: PlanSection[] = [];
  let links: PlanWithLinks | undefined;
  try {
    if (isPlanSlug(slug)) {
      sections = await fetchPlanSections(searchClient(), indexUid('sections'), slug);
      links = planWithLinks(slug, await fetchPlans(searchClient(), indexUid('plans')));
    }
  } catch (error) {
    return { sections: [], links: undefined, problem: engineErrorPage(response, error).message };
  }
  if (sections.length === 0) {
    response.status = 404;
    return { sections, links, problem: 'Không tìm thấy kế hoạch này. Có thể đường dẫn bị sai hoặc kế hoạch đã được gỡ khỏi kho.' };
  }
  return { sections, links, problem: undefined };
}
