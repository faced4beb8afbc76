import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseConfig } from '../../../src/lib/config.ts';
import { createClient } from '../../../src/lib/meilisearch/client.ts';
import { indexCorpus } from '../../../src/lib/meilisearch/index-corpus.ts';
import { loadCorpus } from '../../../src/lib/documents/load-corpus.ts';
import { silentProgress } from '../../../src/lib/meilisearch/progress.ts';
import type { Corpus } from '../../../src/lib/documents/document-source.ts';

// The five seed plans of content/plans, indexed under a prefix of their own.
const prefix = `${inject('meiliIndexPrefix')}seeds_`;
let client: Meilisearch;
let corpus: Corpus;
const slugOf = new Map<string, string>();

// Heading number paths per seed, in order, as the common brief gives the outlines ("" = preamble).
const outlines: Record<string, string[]> = {
  '000': ['', 'I', 'I.1', 'I.2', 'II', 'III', 'III.1', 'III.2', 'III.2.1', 'III.2.2', 'III.2.3', 'III.2.4', 'III.2.5', 'IV'],
  '001': ['', 'I', 'II', 'II.1', 'II.2', 'II.2.1', 'II.2.2', 'II.2.3', 'III'],
  '002': ['', 'I', 'I.1', 'I.2', 'II', 'II.1', 'II.2', 'II.3', 'II.3.1', 'II.3.2', 'II.3.3', 'II.3.4', 'III', 'III.1', 'III.2', 'III.3', 'III.4'],
  '003': ['', 'I', 'II', 'II.1', 'II.2', 'II.3', 'III'],
  '004': ['', 'I', 'I.1', 'I.2', 'II', 'III', 'III.1', 'III.2', 'III.2.1', 'III.2.2', 'III.3', 'III.4', 'III.5', 'IV'],
};

const sections = () => client.index(`${prefix}sections`);
const countWhere = async (filter: string) => (await sections().search('', { filter, limit: 0 })).estimatedTotalHits;

beforeAll(async () => {
  client = createClient(inject('meiliHost'), inject('meiliMasterKey'));
  corpus = await loadCorpus('content');
  for (const plan of corpus.plans) {
    const seed = /^(\d{3})_/.exec(plan.source)?.[1];
    if (seed !== undefined) slugOf.set(seed, plan.slug);
  }
  await indexCorpus(parseConfig({ MEILI_INDEX_PREFIX: prefix }), client, { force: true, progress: silentProgress });
});

afterAll(async () => {
  for (const kind of ['sections', 'plans', 'meta']) await client.deleteIndexIfExists(`${prefix}${kind}`);
});

describe('the seed plans in the index', () => {
  it('holds the five seeds', () => {
    expect([...slugOf.keys()].sort()).toEqual(['000', '001', '002', '003', '004']);
  });

  it.each(Object.keys(outlines))('holds one section per heading of seed %s, in the order of its outline', async (seed) => {
    const result = await sections().search('', { filter: `planSlug = "${slugOf.get(seed)}"`, sort: ['order:asc'], limit: 100 });
    expect(result.hits.map((hit) => hit.path)).toEqual(outlines[seed]);
  });

  it('finds a known section of each seed by its id', async () => {
    const known: Record<string, [path: string, heading: RegExp]> = {
      '000': ['III.2.4', /^2\.4\. Đẩy mạnh đấu tranh phản bác/],
      '001': ['II.2.3', /^2\.3\./],
      '002': ['II.3.4', /^3\.4\./],
      '003': ['II.3', /^3\./],
      '004': ['III.4', /^4\./],
    };
    for (const [seed, [path, heading]] of Object.entries(known)) {
      const id = `${slugOf.get(seed)}__${path.toLowerCase().replaceAll('.', '-')}`;
      const document = await sections().getDocument(id);
      expect([document.path, document.planSlug]).toEqual([path, slugOf.get(seed)]);
      expect(String(document.heading)).toMatch(heading);
    }
  });

  it('counts sections per province, province now, level and year', async () => {
    const result = await sections().search('', { facets: ['province', 'provinceNow', 'level', 'year'], limit: 0 });
    expect(result.facetDistribution).toEqual({
      province: { 'Lâm Đồng': 9, 'Ninh Thuận': 17, 'Quảng Ngãi': 28 },
      provinceNow: { 'Khánh Hòa': 17, 'Lâm Đồng': 9, 'Quảng Ngãi': 28 },
      level: { district: 38, province: 23 },
      year: { '2023': 17, '2024': 28 },
    });
  });

  it('counts plans per province, level and year', async () => {
    const result = await client.index(`${prefix}plans`).search('', { facets: ['province', 'level', 'year'], limit: 0 });
    expect(result.facetDistribution).toEqual({
      province: { 'Lâm Đồng': 1, 'Ninh Thuận': 1, 'Quảng Ngãi': 2 },
      level: { district: 3, province: 2 },
      year: { '2023': 1, '2024': 2 },
    });
  });

  it('counts sections per task category as the categoriser assigned them, every category present', async () => {
    const expected: Record<string, number> = {};
    for (const section of corpus.sections) for (const id of section.categories) expected[id] = (expected[id] ?? 0) + 1;
    const result = await sections().search('', { facets: ['categories'], limit: 0 });
    expect(result.facetDistribution?.categories).toEqual(expected);
    expect(Object.keys(expected)).toHaveLength(12);
  });

  it('filters on each facet', async () => {
    expect(await countWhere('province = "Ninh Thuận"')).toBe(17);
    expect(await countWhere('provinceNow = "Khánh Hòa"')).toBe(17);
    expect(await countWhere('provinceCode = "51"')).toBe(28);
    expect(await countWhere('provinceNowCode = "56"')).toBe(17);
    expect(await countWhere('district = "Sơn Hà"')).toBe(14);
    expect(await countWhere('level = "province"')).toBe(23);
    expect(await countWhere('year = 2023')).toBe(17);
    expect(await countWhere('timestamp >= 1704067200')).toBe(28);
    expect(await countWhere('planType = "Kế hoạch"')).toBe(61);
    expect(await countWhere('repaired = true')).toBe(14);
    expect(await countWhere('issuer = "Huyện ủy Sơn Hà"')).toBe(14);
    expect(await countWhere(`planSlug = "${slugOf.get('003')}"`)).toBe(7);
    const category = corpus.sections.filter((s) => s.categories.includes('dau-tranh-phan-bac')).length;
    expect(await countWhere('categories = "dau-tranh-phan-bac"')).toBe(category);
    const recurring = corpus.sections.filter((s) => s.recurring).length;
    expect(await countWhere('recurring = true')).toBe(recurring);
    const withLead = corpus.sections.filter((s) => s.leadAgencies.length > 0).length;
    expect(await countWhere('leadAgencies EXISTS AND leadAgencies IS NOT EMPTY')).toBe(withLead);
    const withDeadline = corpus.sections.filter((s) => s.deadlineTo !== null).length;
    expect(await countWhere('deadlineTo IS NOT NULL')).toBe(withDeadline);
  });
});
