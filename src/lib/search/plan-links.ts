/**
 * The citations between plans: the documents a plan cites, linked when they are in the corpus,
 * and the plans that cite it.
 */
import type { PlanMeta } from '../plan/plan-meta.ts';
import type { PlanEntry } from './plan-library.ts';

/** A cited document: its number, and the slug and title of the plan when it is in the corpus. */
export interface CitedDocument {
  number: string;
  slug: string | null;
  title: string | null;
}

export interface PlanLinks {
  meta: PlanMeta | null;
  cites: CitedDocument[];
  citedBy: PlanEntry[];
}

// Numbers repeat across issuers ("254-KH/TU" of every Tỉnh ủy): prefer the citing plan's own
// province, else accept only a match that is unique in the corpus.
function resolveCites(plan: PlanEntry, plans: PlanEntry[]): CitedDocument[] {
  return plan.meta.cites.map((number) => {
    const candidates = plans.filter((entry) => entry.slug !== plan.slug && entry.meta.number === number);
    const local = candidates.filter((entry) => entry.meta.provinceCode !== null && entry.meta.provinceCode === plan.meta.provinceCode);
    const target = local.length === 1 ? local[0] : candidates.length === 1 ? candidates[0] : undefined;
    return { number, slug: target?.slug ?? null, title: target?.meta.title ?? null };
  });
}

/** Resolve a plan's citations against the corpus, both ways. */
export function linkPlans(slug: string, plans: PlanEntry[]): PlanLinks {
  const plan = plans.find((entry) => entry.slug === slug);
  if (plan === undefined) return { meta: null, cites: [], citedBy: [] };
  const citedBy = plans.filter((entry) => entry.slug !== slug && resolveCites(entry, plans).some((cited) => cited.slug === slug));
  return { meta: plan.meta, cites: resolveCites(plan, plans), citedBy };
}
