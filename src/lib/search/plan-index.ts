/** The plans index's filtering and its counts per year. */
import type { PlanEntry } from './plan-library.ts';
import type { SearchRequest } from './search-request.ts';

/** Plans that pass the request's province, level and year filters, newest first. */
export function filterPlans(plans: PlanEntry[], request: SearchRequest): PlanEntry[] {
  return plans
    .filter(({ meta }) => request.provinces.length === 0
      || request.provinces.some((code) => code === meta.provinceCode || code === meta.provinceNowCode))
    .filter(({ meta }) => request.levels.length === 0 || (meta.level !== null && request.levels.includes(meta.level)))
    .filter(({ meta }) => request.years.length === 0 || (meta.date !== null && request.years.includes(Number(meta.date.slice(0, 4)))))
    .sort((a, b) => (b.meta.date ?? '').localeCompare(a.meta.date ?? '') || a.slug.localeCompare(b.slug));
}

/** Number of plans per year of issue, oldest first; plans without a date count as "Không rõ". */
export function plansPerYear(plans: PlanEntry[]): { label: string; value: number }[] {
  const counts = new Map<string, number>();
  for (const { meta } of plans) {
    const year = meta.date?.slice(0, 4) ?? 'Không rõ';
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([label, value]) => ({ label, value }));
}
