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

/** What the citation links of a plan are computed from. */
export type CitationFacts = Pick<PlanDocument, 'slug' | 'number' | 'provinceCode' | 'cites'>;

/** The citation links of a corpus, by plan slug. */
export interface CitationLinks {
  citesPlans: Map<string, string[]>;
  citedBy: Map<string, string[]>;
}

/**
 * The citation links across a corpus. A cited number designates a plan with that number and the
 * citing plan's province (or no province on either side); a citation that designates no plan, or
 * several, links nothing.
 */
export function citationLinks(plans: readonly CitationFacts[]): CitationLinks {
  const byNumber = new Map<string, CitationFacts[]>();
  for (const plan of plans) {
    if (plan.number === null) continue;
    const key = numberKey(plan.number);
    const same = byNumber.get(key);
    if (same) same.push(plan);
    else byNumber.set(key, [plan]);
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
    for (const target of targets) {
      const citing = citedBy.get(target);
      if (citing) citing.push(plan.slug);
      else citedBy.set(target, [plan.slug]);
    }
  }
  return { citesPlans, citedBy };
}

/** A plan document with its `citesPlans` and `citedBy` filled from `links`. */
export function withLinks(plan: PlanDocument, links: CitationLinks): PlanDocument {
  return { ...plan, citesPlans: links.citesPlans.get(plan.slug) ?? [], citedBy: links.citedBy.get(plan.slug) ?? [] };
}

/** Fills `citesPlans` and `citedBy` across a corpus held in memory (see citationLinks). */
export function linkCitations(plans: readonly PlanDocument[]): PlanDocument[] {
  const links = citationLinks(plans);
  return plans.map((plan) => withLinks(plan, links));
}

function resolve(citing: CitationFacts, candidates: readonly CitationFacts[]): CitationFacts | undefined {
  // Numbers such as 254-KH/TU repeat from province to province: only a plan of the citing plan's
  // province (or a plan or citing plan without one, e.g. central) can be meant.
  const compatible = candidates.filter(
    (candidate) =>
      candidate.slug !== citing.slug &&
      (candidate.provinceCode === null || citing.provinceCode === null || candidate.provinceCode === citing.provinceCode),
  );
  return compatible.length === 1 ? compatible[0] : undefined;
}
