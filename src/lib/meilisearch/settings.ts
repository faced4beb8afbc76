/**
 * Index settings as code for the `sections` and `plans` indexes. Every choice here is deliberate;
 * the tests in tests/integration/meilisearch/ check that Meilisearch 1.21 accepts them and measure
 * the typo-tolerance choice.
 */
import type { Settings } from 'meilisearch';
import type { SectionDocument } from '../documents/section-document.ts';
import { indexSynonyms } from './synonyms.ts';

/** The kinds of serving index; the uid is `MEILI_INDEX_PREFIX` + kind. */
export const indexKinds = ['sections', 'plans'] as const;
export type IndexKind = (typeof indexKinds)[number];

/** Uid of the serving index of a kind. */
export function indexUid(prefix: string, kind: IndexKind): string {
  return `${prefix}${kind}`;
}

/**
 * Searchable attributes of a section, most important first (Meilisearch's `attribute` rule ranks
 * a match in an earlier attribute higher): its heading, the document's own type, number and title
 * (on the opening section only, so that a query naming a document finds its opening before the
 * documents citing it), the parents' headings (below its own heading, above its text), its own
 * text, the words it implies (abbreviation long forms, province names), the OCR text as read,
 * then the plan's identity, the agencies, and last the Telex spelling of heading, parents'
 * headings and text, which the site queries on their own (in the same order).
 */
export const sectionSearchable = [
  'heading',
  'documentHeading',
  'breadcrumb',
  'text',
  'aliases',
  'textOriginal',
  'planTitle',
  'planNumber',
  'issuer',
  'leadAgencies',
  'agencies',
  'deadline',
  'telexHeading',
  'telexBreadcrumb',
  'telex',
] as const satisfies readonly (keyof SectionDocument)[];

/** The attributes holding the Telex spelling, heading first; the exact-diacritics half of the federated search targets only them. */
export const telexAttributes = ['telexHeading', 'telexBreadcrumb', 'telex'] as const satisfies readonly (keyof SectionDocument)[];

/** The searchable attributes the plain half of the federated search targets: all but the Telex ones. */
export const sectionTextAttributes = sectionSearchable.filter(
  (a): a is Exclude<(typeof sectionSearchable)[number], (typeof telexAttributes)[number]> => !(telexAttributes as readonly string[]).includes(a),
);

/** Facets and filters of sections. */
export const sectionFilterable = [
  'planSlug',
  'level',
  'provinceCode',
  'provinceNowCode',
  'province',
  'provinceNow',
  'district',
  'year',
  'timestamp',
  'categories',
  'leadAgencies',
  'agencies',
  'planType',
  'documentType',
  'cites',
  'issuer',
  'repaired',
  'recurring',
  'deadlineFrom',
  'deadlineTo',
] as const satisfies readonly (keyof SectionDocument)[];

/** Sorts: by date (newest plans), by year, and by position in the plan (a plan page lists its sections in order). */
export const sectionSortable = ['timestamp', 'year', 'order'] as const satisfies readonly (keyof SectionDocument)[];

/** Everything but the Telex spellings, which only serve matching and would double the payload. */
export const sectionDisplayed = [
  'id', 'planSlug', 'anchor', 'path', 'heading', 'breadcrumb', 'documentHeading', 'order', 'depth', 'text', 'markdown',
  'textOriginal', 'markdownOriginal', 'aliases', 'repaired', 'planTitle', 'planType', 'documentType', 'cites', 'planNumber',
  'issuer', 'level', 'province', 'provinceCode', 'provinceNow', 'provinceNowCode', 'district', 'date',
  'timestamp', 'year', 'leadAgencies', 'agencies', 'deadline', 'deadlineFrom', 'deadlineTo', 'recurring',
  'categories',
] as const satisfies readonly (keyof SectionDocument)[];

/**
 * Typo tolerance for short Vietnamese syllables. Folded, almost every syllable (1–7 letters) is one
 * edit away from another real one ("chong"/"chung", "thuong"/"truong", "ban"/"bao"), so a typo
 * rule would turn most queries into noise. A single typo is allowed from 8 letters, i.e. never
 * inside one syllable, only in longer Latin words (names, English terms); two from 12. Typos are
 * off on the Telex attribute ("choongs" must not match "choongf") and on numbers (years, document
 * numbers: "2024" must not match "2025"). Measured in tests/integration/meilisearch/typo-tolerance.test.ts.
 */
export const typoTolerance = {
  enabled: true,
  minWordSizeForTypos: { oneTypo: 8, twoTypos: 12 },
  disableOnAttributes: [...telexAttributes, 'planNumber'],
  disableOnNumbers: true,
} as const;

/**
 * Meilisearch's default order but for `sort`, which comes right after `words`: a search sorted by
 * date ("Mới nhất", "Cũ nhất") then orders every hit by date, not only hits that tie on typo,
 * proximity and attribute. Every hit has every word (matchingStrategy "all"), so `words` never
 * splits them; without a sort parameter the `sort` rule does nothing and relevance is as before.
 */
export const rankingRules = ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness'];

/**
 * The sections' last ranking rule breaks ties as one Meilisearch does by itself: by the order the
 * indexer sent the sections in (`indexOrder`, which reindex.ts adds to each). On one Meilisearch
 * nothing changes; across shards, the remote federated search compares hits rule by rule, this one
 * included, so hits of equal relevance from two shards interleave as on one Meilisearch.
 */
export const sectionTieBreak = ['indexOrder:asc'];

/** Settings of the `sections` index. */
export function sectionSettings(synonyms: Record<string, string[]> = indexSynonyms()): Settings {
  return {
    searchableAttributes: [...sectionSearchable],
    filterableAttributes: [...sectionFilterable],
    sortableAttributes: [...sectionSortable],
    displayedAttributes: [...sectionDisplayed],
    rankingRules: [...rankingRules, ...sectionTieBreak],
    // Vietnamese function words ("và", "của", "các") carry phrases such as "xây và chống": none are stop words.
    stopWords: [],
    synonyms,
    typoTolerance: { ...typoTolerance, disableOnAttributes: [...typoTolerance.disableOnAttributes], minWordSizeForTypos: { ...typoTolerance.minWordSizeForTypos } },
    // Agencies run to a few hundred distinct names across plans; the site lists provinces and years in full.
    faceting: { maxValuesPerFacet: 500, sortFacetValuesBy: { '*': 'alpha', agencies: 'count', leadAgencies: 'count', categories: 'count', cites: 'count', documentType: 'count' } },
    // A corpus of some hundred plans has a few thousand sections; every hit stays reachable by paging.
    pagination: { maxTotalHits: 10_000 },
    // Vietnamese words are runs of syllables: the distance between syllables is what tells
    // "xây dựng Đảng" from "xây … dựng … Đảng", so proximity is measured by word, not by attribute.
    proximityPrecision: 'byWord',
  };
}

/** Searchable attributes of a plan, most important first. */
export const planSearchable = ['title', 'number', 'issuer', 'province', 'provinceNow', 'district', 'aliases', 'cites'] as const;

/** Settings of the `plans` index: one document per plan, for the plan list and its facets. */
export function planSettings(synonyms: Record<string, string[]> = indexSynonyms()): Settings {
  return {
    searchableAttributes: [...planSearchable],
    filterableAttributes: [
      'slug', 'type', 'number', 'level', 'provinceCode', 'provinceNowCode', 'province', 'provinceNow', 'district',
      'year', 'timestamp', 'categories', 'issuer', 'ocr', 'cites', 'citesPlans', 'citedBy',
    ],
    sortableAttributes: ['timestamp', 'year', 'title', 'sectionCount'],
    displayedAttributes: ['*'],
    rankingRules: [...rankingRules],
    stopWords: [],
    synonyms,
    typoTolerance: { ...typoTolerance, disableOnAttributes: ['number', 'cites'], minWordSizeForTypos: { ...typoTolerance.minWordSizeForTypos } },
    faceting: { maxValuesPerFacet: 500, sortFacetValuesBy: { '*': 'alpha', categories: 'count' } },
    pagination: { maxTotalHits: 10_000 },
    proximityPrecision: 'byWord',
  };
}
