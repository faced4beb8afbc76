/** What the coverage page (`/thuc-hien/<number>`) shows: a directive's implementation by province. */
import { directiveCoverage, documentKindLabel, findDirectiveNumber, type DirectiveCoverage } from '../chain/coverage.ts';
import { fetchPlans } from '../search/plan-catalog.ts';
import { indexUid, searchClient } from '../search/search-service.ts';
import { engineErrorPage } from '../search/engine-error.ts';

/** The coverage and the directive's name ("Kết luận số 57-KL/TW"), or the problem (404, or 503). */
export type CoveragePage = { coverage: DirectiveCoverage; name: string; problem: undefined } | { coverage: undefined; problem: string };

/** Reads the plans and the coverage of the directive `slug` names; sets 404 or 503 (with Retry-After) on `response` when it cannot. */
export async function loadCoveragePage(slug: string, response: { status?: number; statusText?: string; headers: Headers }): Promise<CoveragePage> {
  try {
    const plans = await fetchPlans(searchClient(), indexUid('plans'));
    const number = /^[a-z0-9-]{1,80}$/.test(slug) ? findDirectiveNumber(slug, plans) : undefined;
    if (number === undefined) {
      response.status = 404;
      return { coverage: undefined, problem: `Không có kế hoạch nào trong kho dẫn văn bản “${slug}”.` };
    }
    const coverage = directiveCoverage(number, plans);
    return { coverage, name: `${documentKindLabel(coverage.number)} số ${coverage.number}`, problem: undefined };
  } catch (error) {
    return { coverage: undefined, problem: engineErrorPage(response, error).message };
  }
}
