/** One Meilisearch document per plan (the `plans` index), and the corpus-wide citation links between plans. */
import type { DocumentType, PlanLevel, Signer } from '../plan/plan-meta.ts';

/** A plan as the site lists and shows it: its front matter, flattened, plus figures over its sections. */
export interface PlanDocument {
  /** The plan's slug (file name without .md): also the Meilisearch primary key. */
  id: string;
  slug: string;
  /** Null when the plan's text names no type (shown as "Văn bản"). */
  type: DocumentType | null;
  title: string;
  number: string | null;
  issuer: string | null;
  level: PlanLevel | null;
  province: string | null;
  provinceCode: string | null;
  provinceNow: string | null;
  provinceNowCode: string | null;
  district: string | null;
  /** ISO date of the plan. */
  date: string | null;
  /** The date as Unix seconds (UTC midnight). */
  timestamp: number | null;
  year: number | null;
  /** Canonical numbers of the documents the text cites, in order of first mention. */
  cites: string[];
  /** Slugs of the plans in the corpus that `cites` designate (filled by linkCitations). */
  citesPlans: string[];
  /** Slugs of the plans in the corpus that cite this one (filled by linkCitations). */
  citedBy: string[];
  recipients: string[];
  signer: Signer | null;
  /** File name of the raw source under content/sources/. */
  source: string;
  /** True when the source is OCR text (the shown text is repaired). */
  ocr: boolean;
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
