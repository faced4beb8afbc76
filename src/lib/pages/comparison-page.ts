/** What the comparison page (`/so-sanh/<a>/<b>`) shows: two plans, their aligned sections, which side was read by OCR. */
import { comparePlans, type PlanComparison } from '../chain/compare-plans.ts';
import { fetchSectionTexts, type SectionText } from '../chain/plan-texts.ts';
import { fetchPlans } from '../search/plan-catalog.ts';
import { indexUid, searchClient } from '../search/search-service.ts';
import { engineErrorPage } from '../search/engine-error.ts';
import type { PlanDocument } from '../documents/plan-document.ts';
import { isPlanSlug } from './plan-page.ts';

/** The comparison, or the problem (404, or 503 when Meilisearch cannot answer). */
export type ComparisonPage =
  | { comparison: PlanComparison; planA: PlanDocument; planB: PlanDocument; labelA: string; labelB: string; ocrSide: 'a' | 'b' | null; problem: undefined }
  | { comparison: undefined; problem: string };

/** How a plan is named in the comparison: its number, else its issuer, else its title. */
export function shortPlanName(plan: PlanDocument): string {
  return plan.number ?? plan.issuer ?? plan.title;
}

/** Reads and compares the two plans; sets 404 or 503 (with Retry-After) on `response` when it cannot. */
export async function loadComparisonPage(slugA: string, slugB: string, response: { status?: number; statusText?: string; headers: Headers }): Promise<ComparisonPage> {
  try {
    let sectionsA: SectionText[] = [];
    let sectionsB: SectionText[] = [];
    let planA: PlanDocument | undefined;
    let planB: PlanDocument | undefined;
    if (isPlanSlug(slugA) && isPlanSlug(slugB) && slugA !== slugB) {
      [sectionsA = [], sectionsB = []] = await Promise.all([slugA, slugB].map((slug) => fetchSectionTexts(searchClient(), indexUid('sections'), slug)));
      const plans = await fetchPlans(searchClient(), indexUid('plans'));
      planA = plans.find((plan) => plan.slug === slugA);
      planB = plans.find((plan) => plan.slug === slugB);
    }
    if (sectionsA.length === 0 || sectionsB.length === 0 || planA === undefined || planB === undefined) {
      response.status = 404;
      return { comparison: undefined, problem: 'Không tìm thấy một trong hai kế hoạch cần so sánh (hoặc hai đường dẫn là một). Hãy mở so sánh từ trang của kế hoạch.' };
    }
    const ocrSide = sectionsB.some((section) => section.repaired) ? 'b' : sectionsA.some((section) => section.repaired) ? 'a' : null;
    return { comparison: comparePlans(sectionsA, sectionsB), planA, planB, labelA: shortPlanName(planA), labelB: shortPlanName(planB), ocrSide, problem: undefined };
  } catch (error) {
    return { comparison: undefined, problem: engineErrorPage(response, error).message };
  }
}
