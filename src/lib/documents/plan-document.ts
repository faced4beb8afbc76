/** One Meilisearch document per plan (the `plans` index), and the corpus-wide citation links between plans. */
import type { PlanMeta } from '../plan/plan-meta.ts';

/** Front-matter fields that plan and section documents both carry, as the front matter gives them. */
export type PlanFacts = Pick<PlanMeta, 'issuer' | 'level' | 'province' | 'provinceCode' | 'provinceNow' | 'provinceNowCode' | 'district' | 'date' | 'cites'>;

/** The plan's date as numbers, for range filters and sorting. */
export interface PlanDates {
  /** The date as Unix seconds (UTC midnight). */
  timestamp: number | null;
  year: number | null;
}

/** A plan as the site lists and shows it: its front matter, flattened, plus figures over its sections. */
export interface PlanDocument extends PlanFacts, PlanDates, Pick<PlanMeta, 'type' | 'title' | 'number' | 'recipients' | 'signer' | 'source' | 'ocr'> {
  /** The plan's slug (file name without .md): also the Meilisearch primary key. */
  id: string;
  slug: string;
  /** Slugs of the plans in the corpus that `cites` designate (filled by linkCitations). */
  citesPlans: string[];
  /** Slugs of the plans in the corpus that cite this one (filled by linkCitations). */
  citedBy: string[];
  sectionCount: number;
  /** Task category ids found in any of its sections, in taxonomy order. */
  categories: string[];
  /** Province names before and after 1 July 2025 that the plan's province implies. */
  aliases: string[];
}

/** A document number reduced for comparison: no spaces, upper case ("256 - KH/TU" = "256-KH/TU"). */
export function numberKey(number: string): string {
  return number.normalize('NFC').replace(/\s+/gu, '').toUpperCase();
}

/**
 * Fills `citesPlans` and `citedBy` across a corpus. A cited number designates a plan with that
 * number and the citing plan's province (or no province on either side); a citation that
 * designates no plan, or several, links nothing.
 */
export function linkCitations(plans: readonly PlanDocument[]): PlanDocument[] {
  const byNumber = new Map<string, PlanDocument[]>();
  for (const plan of plans) {
    if (plan.number === null) continue;
    const key = numberKey(plan.number);
    byNumber.set(key, [...(byNumber.get(key) ?? []), plan]);
  }
  const citesPlans = new Map<string, string[]>();
  const citedBy = new Map<string, string[]>();
  for (const plan of plans) {
    const targets: string[] = [];
    for (const number of plan.cites) {
      const target = resolve(plan, byNumber.get(numberKey(number)) ?? []);
      if (target && !targets.includes(target.slug)) targets.push(target.slug);
    }
    citesPlans.set(plan.slug, targets);
    for (const target of targets) citedBy.set(target, [...(citedBy.get(target) ?? []), plan.slug]);
  }
  return plans.map((plan) => ({ ...plan, citesPlans: citesPlans.get(plan.slug) ?? [], citedBy: citedBy.get(plan.slug) ?? [] }));
}

function resolve(citing: PlanDocument, candidates: PlanDocument[]): PlanDocument | undefined {
  // Numbers such as 254-KH/TU repeat from province to province: only a plan of the citing plan's
  // province (or a plan or citing plan without one, e.g. central) can be meant.
  const compatible = candidates.filter(
    (candidate) =>
      candidate.slug !== citing.slug &&
      (candidate.provinceCode === null || citing.provinceCode === null || candidate.provinceCode === citing.provinceCode),
  );
  return compatible.length === 1 ? compatible[0] : undefined;
}
