import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { SearchResult } from '../../../src/lib/search/search-result.ts';
import { seedSlugs } from './seed-slugs.ts';

const siteUrl = inject('siteUrl');
let seeds: Map<string, string>;

async function search(query: string): Promise<{ status: number; body: SearchResult & { error?: string } }> {
  const response = await fetch(`${siteUrl}/api/search?${query}`);
  return { status: response.status, body: await response.json() as SearchResult & { error?: string } };
}

async function searchAll(q: string): Promise<SearchResult['hits']> {
  const hits: SearchResult['hits'] = [];
  for (let page = 1; ; page += 1) {
    const { status, body } = await search(new URLSearchParams({ q, page: String(page) }).toString());
    expect(status).toBe(200);
    hits.push(...body.hits);
    if (page >= body.pages) return hits;
  }
}

function slugOf(seed: string): string {
  const slug = seeds.get(seed);
  if (slug === undefined) throw new Error(`seed ${seed} is not imported in content/plans`);
  return slug;
}

beforeAll(() => {
  seeds = seedSlugs();
});

describe('GET /api/search on the seeds', () => {
  it('answers with total, facets, hits, page, pages and took', async () => {
    const { status, body } = await search('q=%C4%91%E1%BB%91i+ngo%E1%BA%A1i');
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThan(10);
    expect(Object.keys(body.facets).sort()).toEqual(['agency', 'category', 'cites', 'level', 'province', 'provinceNow', 'type', 'year']);
    expect(body.matching).toBe('all');
    expect(body.page).toBe(1);
    expect(body.pages).toBe(Math.ceil(body.total / 10));
    expect(typeof body.took).toBe('number');
    const hit = body.hits[0];
    expect(hit?.url).toBe(`/ke-hoach/${hit?.plan.slug}#${hit?.section.anchor}`);
    expect(Object.keys(hit?.plan ?? {}).sort()).toEqual(['date', 'issuer', 'level', 'number', 'province', 'provinceNow', 'slug', 'title', 'type']);
  });

  for (const q of ['xây và chống', 'xay va chong', '“xây” và “chống”']) {
    it(`finds the phrase sections of seeds 000, 001, 002 and 004 for ${q}`, async () => {
      const hits = await searchAll(q);
      const phraseHits = hits.filter((hit) => /<mark>x[aâ]y<\/mark>\W+<mark>v[aà]<\/mark>\W+<mark>ch[oố]ng<\/mark>/i.test(hit.snippet));
      const plans = new Set(phraseHits.map((hit) => hit.plan.slug));
      for (const seed of ['000', '001', '002', '004']) expect(plans, `seed ${seed}`).toContain(slugOf(seed));
      expect(phraseHits.some((hit) => hit.plan.slug === slugOf('004') && hit.repaired)).toBe(true);
    });
  }

  it('finds seed 000 III.2.4 and seed 004 III.4 for "dĩ bất biến ứng vạn biến"', async () => {
    const { body } = await search(new URLSearchParams({ q: 'dĩ bất biến ứng vạn biến' }).toString());
    const found = body.hits.map((hit) => `${hit.plan.slug}#${hit.section.path}`);
    expect(found).toContain(`${slugOf('000')}#III.2.4`);
    expect(found).toContain(`${slugOf('004')}#III.4`);
  });

  it('finds sections that say "Ủy ban nhân dân" for UBND', async () => {
    const hits = await searchAll('UBND');
    expect(hits.some((hit) => /<mark>Ủy<\/mark> <mark>ban<\/mark> <mark>nhân<\/mark> <mark>dân<\/mark>/i.test(hit.snippet))).toBe(true);
  });

  it('returns the same hits for "Huyện uỷ" and "Huyện ủy"', async () => {
    const old = await searchAll('Huyện uỷ');
    const canonical = await searchAll('Huyện ủy');
    expect(old.length).toBeGreaterThan(0);
    expect(old.map((hit) => hit.url).sort()).toEqual(canonical.map((hit) => hit.url).sort());
  });

  it('keeps counting the other provinces when one is selected', async () => {
    const { body } = await search('q=&province=51');
    expect(body.hits.every((hit) => hit.plan.province === 'Quảng Ngãi')).toBe(true);
    expect(Object.keys(body.facets.province).sort()).toEqual(['51', '58', '68']);
    expect(body.facets.province['51']).toBe(body.total);
  });

  it('filters by province before the merger and by its province today', async () => {
    const before = await search('q=&province=58');
    const now = await search('q=&province=56');
    expect(before.body.total).toBeGreaterThan(0);
    expect(before.body.hits.every((hit) => hit.plan.province === 'Ninh Thuận')).toBe(true);
    expect(now.body.hits.some((hit) => hit.plan.province === 'Ninh Thuận' && hit.plan.provinceNow === 'Khánh Hòa')).toBe(true);
  });
});

describe('GET /api/search with hostile input', () => {
  it('keeps a facet value that tries to inject a filter inside its quotes', async () => {
    const { status, body } = await search(`agency=${encodeURIComponent('x" OR level = "province')}`);
    expect(status).toBe(200);
    expect(body.total).toBe(0);
  });

  it('rejects a level that tries to inject a filter with a Vietnamese 400', async () => {
    const { status, body } = await search(`level=${encodeURIComponent('district" OR level = "province')}`);
    expect(status).toBe(400);
    expect(body.error).toBe('Cấp "district" OR level = "province" không hợp lệ: chọn một trong central, province, district, commune, agency.');
  });

  it('escapes markup typed in the query', async () => {
    const { status, body } = await search(`q=${encodeURIComponent('<img src=x onerror=alert(1)> chống')}`);
    expect(status).toBe(200);
    for (const hit of body.hits) {
      expect(hit.snippet.replaceAll(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    }
  });

  it('answers 400, not 500, to a malformed page and date', async () => {
    expect((await search('page=abc')).status).toBe(400);
    expect((await search('from=2024-13-01')).status).toBe(400);
  });
});
