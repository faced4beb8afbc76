/**
 * Coverage of a directive: which of the 34 provinces (and their 63 predecessors) hold plans that
 * cite a document number, directly or through a plan that does, and which cited plans the corpus
 * lacks. Pure: it reads the plans index's documents, with their citations linked.
 */
import { numberKey, type PlanDocument } from '../documents/plan-document.ts';
import { provincesAfter, provincesBefore } from '../provinces/index.ts';
import { planWithLinks } from '../search/plan-catalog.ts';
import { DOCUMENT_KINDS, parseDocumentNumber, slugify } from '../vietnamese/index.ts';

/** A plan that implements the directive. */
export interface CoveragePlan {
  plan: PlanDocument;
  /** The plan through which it implements the directive; null when it cites the directive itself. */
  via: PlanDocument | null;
}

/** A document that an implementing plan cites and the corpus does not hold. */
export interface MissingDocument {
  number: string;
  citedBy: PlanDocument[];
}

/** How far a province is covered: a provincial plan, only lower-level plans, or nothing. */
export type CoverageStatus = 'province' | 'local' | 'none';

/** One of the 34 provinces with what it has. */
export interface ProvinceCoverage {
  code: string;
  name: string;
  /** The units before 1 July 2025 that make it up, with how many plans each issued. */
  predecessors: { code: string; name: string; plans: number }[];
  status: CoverageStatus;
  /** Plans of the provincial level (and any other level but district and commune), oldest first. */
  provincePlans: CoveragePlan[];
  /** District and commune plans, oldest first. */
  localPlans: CoveragePlan[];
  missing: MissingDocument[];
  /** Earliest and latest dates of issue of its plans; null when none has a date. */
  firstDate: string | null;
  lastDate: string | null;
}

/** The coverage of one directive across the corpus. */
export interface DirectiveCoverage {
  number: string;
  /** The directive itself, when the corpus holds it. */
  directive: PlanDocument | null;
  provinces: ProvinceCoverage[];
  /** Implementing plans whose province the text does not give. */
  unplaced: CoveragePlan[];
  unplacedMissing: MissingDocument[];
  totals: { plans: number; provinces: number; provincesWithProvincePlan: number; localPlans: number; missing: number };
}

/** The directive number a coverage slug designates ("57-kl-tw" → "57-KL/TW"), among the numbers the corpus cites or has. */
export function findDirectiveNumber(slug: string, plans: readonly PlanDocument[]): string | undefined {
  const counts = new Map<string, number>();
  for (const plan of plans) {
    for (const number of [...plan.cites, ...(plan.number === null ? [] : [plan.number])]) {
      if (directiveSlug(number) === slug) counts.set(number, (counts.get(number) ?? 0) + 1);
    }
  }
  // Two spellings of one slug ("57-KL/TW", "57/KL-TW") are told apart by use: the most cited wins.
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0]?.[0];
}

/** The URL slug of a document number: "57-KL/TW" → "57-kl-tw". */
export function directiveSlug(number: string): string {
  return slugify(numberKey(number));
}

/** Plans that cite `number`, directly or through plans of the corpus that do, each with how. */
export function implementingPlans(number: string, plans: readonly PlanDocument[]): CoveragePlan[] {
  const key = numberKey(number);
  const found = new Map<string, CoveragePlan>();
  let frontier = plans.filter((plan) => plan.cites.some((cited) => numberKey(cited) === key) && (plan.number === null || numberKey(plan.number) !== key));
  for (const plan of frontier) found.set(plan.slug, { plan, via: null });
  // Breadth first, so a plan is credited to the nearest plan it reaches the directive through.
  while (frontier.length > 0) {
    const next: PlanDocument[] = [];
    for (const plan of plans) {
      if (found.has(plan.slug)) continue;
      const via = frontier.find((reached) => plan.citesPlans.includes(reached.slug));
      if (via === undefined) continue;
      found.set(plan.slug, { plan, via });
      next.push(plan);
    }
    frontier = next;
  }
  return [...found.values()];
}

const localLevels = new Set(['district', 'commune']);
const byDate = (a: CoveragePlan, b: CoveragePlan) => (a.plan.date ?? '9999').localeCompare(b.plan.date ?? '9999') || a.plan.slug.localeCompare(b.plan.slug);

/** The coverage of `number` over `plans` (the whole plans index). */
export function directiveCoverage(number: string, plans: readonly PlanDocument[]): DirectiveCoverage {
  const implementing = implementingPlans(number, plans).sort(byDate);
  const missing = missingDocuments(number, implementing, plans);
  const provinces = provincesAfter.map((after): ProvinceCoverage => {
    const own = implementing.filter((entry) => entry.plan.provinceNowCode === after.code);
    const provincePlans = own.filter((entry) => entry.plan.level === null || !localLevels.has(entry.plan.level));
    const localPlans = own.filter((entry) => entry.plan.level !== null && localLevels.has(entry.plan.level));
    const dates = own.map((entry) => entry.plan.date).filter((date) => date !== null).sort();
    return {
      code: after.code,
      name: after.name,
      predecessors: provincesBefore
        .filter((before) => before.nowCode === after.code)
        .map((before) => ({ code: before.code, name: before.name, plans: own.filter((entry) => entry.plan.provinceCode === before.code).length })),
      status: provincePlans.length > 0 ? 'province' : localPlans.length > 0 ? 'local' : 'none',
      provincePlans,
      localPlans,
      missing: missing.filter((entry) => entry.citedBy.some((plan) => plan.provinceNowCode === after.code)),
      firstDate: dates[0] ?? null,
      lastDate: dates.at(-1) ?? null,
    };
  });
  const unplaced = implementing.filter((entry) => entry.plan.provinceNowCode === null);
  const directive = plans.find((plan) => plan.number !== null && numberKey(plan.number) === numberKey(number)) ?? null;
  return {
    number,
    directive,
    provinces,
    unplaced,
    unplacedMissing: missing.filter((entry) => entry.citedBy.every((plan) => plan.provinceNowCode === null)),
    totals: {
      plans: implementing.length,
      provinces: provinces.filter((entry) => entry.status !== 'none').length,
      provincesWithProvincePlan: provinces.filter((entry) => entry.status === 'province').length,
      localPlans: provinces.reduce((sum, entry) => sum + entry.localPlans.length, 0) + unplaced.filter((entry) => entry.plan.level !== null && localLevels.has(entry.plan.level)).length,
      missing: missing.length,
    },
  };
}

/**
 * Numbers the implementing plans cite that designate no plan of the corpus (the directive aside),
 * one entry per number and province: 240-KH/TU of Ninh Thuận is not 240-KH/TU of another province.
 */
function missingDocuments(number: string, implementing: readonly CoveragePlan[], plans: readonly PlanDocument[]): MissingDocument[] {
  const missing = new Map<string, MissingDocument>();
  for (const { plan } of implementing) {
    for (const cited of planWithLinks(plan.slug, plans)?.cites ?? []) {
      if (cited.plan !== null || numberKey(cited.number) === numberKey(number)) continue;
      const key = `${numberKey(cited.number)} ${plan.provinceCode ?? ''}`;
      const entry = missing.get(key) ?? { number: cited.number, citedBy: [] };
      entry.citedBy.push(plan);
      missing.set(key, entry);
    }
  }
  return [...missing.values()];
}

/** What a number's kind slot names ("57-KL/TW" → "Kết luận"); "Văn bản" when it names nothing known. */
export function documentKindLabel(number: string): string {
  const parsed = parseDocumentNumber(number);
  return (parsed && DOCUMENT_KINDS[parsed.kind]) ?? 'Văn bản';
}

/** Numbers the corpus cites, each with how many plans cite it, most cited first: the directives one can ask the coverage of. */
export function citedNumbers(plans: readonly PlanDocument[]): { number: string; plans: number }[] {
  const counts = new Map<string, { number: string; plans: number }>();
  for (const plan of plans) {
    for (const number of new Set(plan.cites.map(numberKey))) {
      const entry = counts.get(number) ?? { number: plan.cites.find((cited) => numberKey(cited) === number) ?? number, plans: 0 };
      entry.plans += 1;
      counts.set(number, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.plans - a.plans || a.number.localeCompare(b.number));
}
