/** The plans index's filtering and its counts per year. */
import type { PlanDocument } from '../documents/plan-document.ts';
import type { SearchRequest } from './search-request.ts';

/** Plans that pass the request's province, level, year and category filters, in their order. */
export function filterPlans(plans: PlanDocument[], request: SearchRequest): PlanDocument[] {
  return plans
    .filter((meta) => request.provinces.length === 0
      || request.provinces.some((code) => code === meta.provinceCode || code === meta.provinceNowCode))
    .filter((meta) => request.levels.length === 0 || (meta.level !== null && request.levels.includes(meta.level)))
    .filter((meta) => request.years.length === 0 || (meta.year !== null && request.years.includes(meta.year)))
    .filter((meta) => request.categories.length === 0 || request.categories.some((id) => meta.categories.includes(id)));
}

/** Number of plans per year of issue, oldest first; plans without a date count as "Không rõ". */
export function plansPerYear(plans: PlanDocument[]): { label: string; value: number }[] {
  const counts = new Map<string, number>();
  for (const meta of plans) {
    const year = meta.date?.slice(0, 4) ?? 'Không rõ';
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([label, value]) => ({ label, value }));
}
