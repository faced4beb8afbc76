/**
 * The plans, from the `plans` index (one PlanDocument per plan, citations already linked):
 * what the plan page shows beyond its sections, and the plans index. The corpus is small, so
 * the catalogue is read whole with the search-only key and kept for a few seconds.
 */
import type { Meilisearch } from 'meilisearch';
import { numberKey, type PlanDocument } from '../documents/plan-document.ts';

/** The plans the catalogue reads at most; past it the plans index page would need paging. */
export const maxPlans = 1000;
const freshForMs = 10_000;
let cache: { at: number; uid: string; plans: PlanDocument[] } | undefined;

/** Every plan, newest first. */
export async function fetchPlans(client: Meilisearch, indexUid: string): Promise<PlanDocument[]> {
  if (cache !== undefined && cache.uid === indexUid && Date.now() - cache.at < freshForMs) return cache.plans;
  const response = await client.index(indexUid).search<PlanDocument>('', { limit: maxPlans });
  const plans = response.hits.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.slug.localeCompare(b.slug));
  cache = { at: Date.now(), uid: indexUid, plans };
  return plans;
}

/** A plan with the plans it cites and the plans that cite it, resolved to documents. */
export interface PlanWithLinks {
  plan: PlanDocument;
  /** Every cited number, with the plan when the corpus has it. */
  cites: { number: string; plan: PlanDocument | null }[];
  citedBy: PlanDocument[];
}

/** The plan with this slug and its citation links; undefined when there is none. */
export function planWithLinks(slug: string, plans: readonly PlanDocument[]): PlanWithLinks | undefined {
  const plan = plans.find((entry) => entry.slug === slug);
  if (plan === undefined) return undefined;
  const bySlug = new Map(plans.map((entry) => [entry.slug, entry]));
  const linked = plan.citesPlans.map((target) => bySlug.get(target)).filter((entry) => entry !== undefined);
  // citesPlans holds slugs, cites holds numbers: pair them through the cited plan's number.
  const cites = plan.cites.map((number) => ({ number, plan: linked.find((entry) => entry.number !== null && numberKey(entry.number) === numberKey(number)) ?? null }));
  const citedBy = plan.citedBy.map((source) => bySlug.get(source)).filter((entry) => entry !== undefined);
  return { plan, cites, citedBy };
}
