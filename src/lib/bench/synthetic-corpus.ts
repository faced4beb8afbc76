/**
 * A deterministic synthetic corpus made from the committed plans: their parts recombined into new
 * plans whose metadata (province before and after 2025, level, district, date, number) varies
 * across the country. The same seed and sources always give the same plans, so the pipeline and
 * Meilisearch's own ingest are measured on the very same documents.
 */
import { digestBody } from '../plan/body-digest.ts';
import type { PlanLevel, PlanMeta } from '../plan/plan-meta.ts';
import { serializePlanFile } from '../plan/serialize-plan-file.ts';
import { provinceNow, provincesBefore } from '../provinces/index.ts';
import { createRandom, type Random } from './prng.ts';
import type { PlanPart, PlanSource } from './plan-source.ts';

/** A generated plan file, plus its OCR original when it was made from OCR plans. */
export interface SyntheticPlan {
  slug: string;
  /** The whole file: front matter and body. */
  markdown: string;
  /** The `content/originals/<slug>.md` file (a body, no front matter), or null. */
  original: string | null;
  /** Sections the plan should index as (its headings, plus the preamble when it has one). */
  sections: number;
}

export interface SyntheticCorpusOptions {
  /** Sections to generate in all; the last plan is filled so the total is met as closely as the parts allow. */
  sections: number;
  seed?: number;
  /** How many parts a plan takes, inclusive range. */
  partsPerPlan?: [number, number];
}

/** A source plan and, when it is an OCR plan, its original as read, split the same way. */
export interface SourcePair {
  plan: PlanSource;
  original: PlanSource | null;
}

const levels: ReadonlyArray<readonly [PlanLevel, number]> = [
  ['district', 45],
  ['province', 35],
  ['commune', 10],
  ['agency', 5],
  ['central', 5],
];

// Synthetic district names: plausible, not tied to a real province (the district level is gone since 2025).
const districtNames = ['Sơn Tịnh', 'Tư Nghĩa', 'Mộ Đức', 'Đức Phổ', 'Ba Tơ', 'Minh Long', 'Trà Bồng', 'Bình Sơn', 'Nghĩa Hành', 'Lý Sơn', 'Đông Anh', 'Gia Lâm', 'Hoài Nhơn', 'Phù Cát', 'Ninh Hải', 'Thuận Bắc'];

const romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Generate plans one at a time until `options.sections` sections are reached. */
export function* generateSyntheticPlans(sources: readonly SourcePair[], options: SyntheticCorpusOptions): Generator<SyntheticPlan> {
  // A scan is of a whole plan: a plan made from OCR plans takes all its parts from them, one made
  // from born-digital plans none, so OCR plans are as common as among the sources.
  const pools = {
    scanned: partsOf(sources, true),
    digital: partsOf(sources, false),
  };
  if (pools.scanned.parts.length + pools.digital.parts.length === 0) {
    throw new Error('synthetic corpus: the source plans have no "##" parts to recombine; run `npm run import` first');
  }
  const random = createRandom(options.seed ?? 57);
  const [minParts, maxParts] = options.partsPerPlan ?? [2, 5];
  let remaining = options.sections;
  for (let index = 0; remaining > 0; index++) {
    const base = random.pick(sources);
    let group = base.original !== null ? pools.scanned : pools.digital;
    if (group.parts.length === 0) group = group === pools.scanned ? pools.digital : pools.scanned;
    const ocr = group === pools.scanned;
    const { sources: kin, parts: pool } = group;
    const preambleSource = random.pick(kin);
    // A preamble takes one section; leave room for at least one part.
    const preamble = remaining >= 2 ? preambleSource.plan.preamble : '';
    let budget = remaining - (preamble === '' ? 0 : 1);
    const chosen: PoolPart[] = [];
    const wanted = random.int(minParts, maxParts);
    for (let tries = 0; chosen.length < wanted && budget > 0 && tries < 50; tries++) {
      const candidate = random.pick(pool);
      if (candidate.part.sections > budget) continue;
      chosen.push(candidate);
      budget -= candidate.part.sections;
    }
    if (chosen.length === 0) {
      // Nothing fits what is left: take the smallest part and overshoot by a few sections.
      chosen.push(pool.reduce((a, b) => (b.part.sections < a.part.sections ? b : a)));
    }
    const parts = chosen.map((c) => c.part);
    const sections = (preamble === '' ? 0 : 1) + parts.reduce((sum, part) => sum + part.sections, 0);
    remaining -= sections;
    const body = renderBody(preamble, parts);
    const original = ocr
      ? renderBody(
          preamble === '' ? '' : (preambleSource.original?.preamble ?? preamble),
          chosen.map((c) => c.source.original?.parts[c.partIndex] ?? c.part),
        )
      : null;
    const slug = `synthetic-${String(index).padStart(6, '0')}`;
    const meta = syntheticMeta(random, base.plan.meta, body, ocr);
    yield {
      slug,
      markdown: serializePlanFile(meta, body),
      original,
      sections,
    };
  }
}

interface PoolPart {
  part: PlanPart;
  source: SourcePair;
  partIndex: number;
}

/** The sources that are OCR plans (or not), and all their parts. */
function partsOf(sources: readonly SourcePair[], scanned: boolean): { sources: SourcePair[]; parts: PoolPart[] } {
  const kin = sources.filter((source) => (source.original !== null) === scanned);
  return { sources: kin, parts: kin.flatMap((source) => source.plan.parts.map((part, partIndex) => ({ part, source, partIndex }))) };
}

/** Preamble and parts joined, the parts renumbered I, II, III … in their new order. */
function renderBody(preamble: string, parts: readonly PlanPart[]): string {
  const renumbered = parts.map((part, i) => part.markdown.replace(/^##\s+[IVXLC]+(?=[.\-])/, `## ${romans[i] ?? String(i + 1)}`));
  return `${[preamble, ...renumbered].filter((chunk) => chunk !== '').join('\n\n')}\n`;
}

/** Front matter for a generated plan: the base plan's, with where, who and when varied. */
function syntheticMeta(random: Random, baseMeta: PlanMeta, body: string, ocr: boolean): PlanMeta {
  const level = weightedLevel(random);
  const province = level === 'central' ? null : random.pick(provincesBefore);
  const now = province === null ? undefined : provinceNow(province.code);
  const district = level === 'district' || level === 'commune' ? random.pick(districtNames) : null;
  const date = new Date(Date.UTC(2023, 6, 1) + random.int(0, 912) * 86_400_000).toISOString().slice(0, 10);
  const suffix = level === 'province' ? 'TU' : level === 'central' ? 'TW' : level === 'agency' ? 'BTG' : 'HU';
  const issuer =
    level === 'central' ? 'Ban Bí thư'
    : level === 'province' ? `Tỉnh ủy ${province?.name}`
    : level === 'agency' ? `Ban Tuyên giáo Tỉnh ủy ${province?.name}`
    : level === 'commune' ? `Đảng ủy xã ${district}`
    : `Huyện ủy ${district}`;
  return {
    ...baseMeta,
    number: `${random.int(1, 499)}-KH/${suffix}`,
    issuer,
    level,
    province: province?.name ?? null,
    provinceCode: province?.code ?? null,
    provinceNow: now?.name ?? null,
    provinceNowCode: now?.code ?? null,
    district,
    date,
    cites: [],
    ocr,
    provenance: {},
    bodyDigest: digestBody(body),
  };
}

function weightedLevel(random: Random): PlanLevel {
  let roll = random.next() * 100;
  for (const [level, weight] of levels) {
    roll -= weight;
    if (roll < 0) return level;
  }
  return 'district';
}
