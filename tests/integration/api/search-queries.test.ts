import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { SearchResult } from '../../../src/lib/search/search-result.ts';
import { seedSlugs } from './seed-slugs.ts';

const siteUrl = inject('siteUrl');
type Answer = SearchResult & { error?: string; param?: string; labels?: Record<string, Record<string, string>> };
let seeds: Map<string, string>;

async function search(params: Record<string, string> | string): Promise<{ status: number; statusText: string; body: Answer }> {
  const query = typeof params === 'string' ? params : new URLSearchParams(params).toString();
  const response = await fetch(`${siteUrl}/api/search?${query}`);
  return { status: response.status, statusText: response.statusText, body: (await response.json()) as Answer };
}

async function allHits(params: Record<string, string>): Promise<SearchResult['hits']> {
  const hits: SearchResult['hits'] = [];
  for (let page = 1; ; page += 1) {
    const { body } = await search({ ...params, page: String(page) });
    hits.push(...body.hits);
    if (page >= body.pages) return hits;
  }
}

beforeAll(() => {
  seeds = seedSlugs();
});

describe('every word counts', () => {
  it('counts only the sections that have every word', async () => {
    const everything = (await search({ q: '' })).body.total;
    const both = (await search({ q: 'tinh thần' })).body.total;
    const one = (await search({ q: 'thần' })).body.total;
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThan(everything);
    expect(both).toBeLessThanOrEqual(one);
    expect((await search({ q: 'thần qwertyzz' })).body.total).toBe(0);
  });

  it('names a word no section has and returns the closest partial matches apart, whichever place the word takes', async () => {
    for (const q of ['đối ngoại qwertyzz', 'qwertyzz đối ngoại']) {
      const { status, body } = await search({ q });
      expect(status).toBe(200);
      expect([body.total, body.matching, body.missingWords]).toEqual([0, 'partial', ['qwertyzz']]);
      expect(body.partialTotal).toBeGreaterThan(0);
      expect(body.hits[0]?.snippet).toContain('<mark>đối</mark> <mark>ngoại</mark>');
    }
  });

  it('returns nothing at all for a query of words no section has', async () => {
    const { body } = await search({ q: 'qwertyzz xyzzy' });
    expect([body.total, body.partialTotal, body.hits.length, body.missingWords]).toEqual([0, 0, 0, ['qwertyzz', 'xyzzy']]);
  });
});

describe('highlights follow what was typed', () => {
  it('finds and marks quoted words typed with marks as spelled, never "nhanh chóng" or "xảy"', async () => {
    for (const q of ['"xây và chống"', '"xây" và "chống"']) {
      const hits = await allHits({ q });
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) {
        expect(hit.snippet).toContain('<mark>chống</mark>');
        expect(hit.snippet).not.toMatch(/<mark>(chóng|xảy)<\/mark>/);
      }
    }
  });
});

describe('long queries', () => {
  // Seed 000 II, 43 words into its text; the last words (Quảng Ngãi, XXIV) made it precise.
  const sentence = 'Đẩy mạnh tuyên truyền, quảng bá về đất nước, quê hương, con người Quảng Ngãi và Sơn Hà, góp phần khơi dậy tinh thần yêu nước';

  it('finds the section a sentence of more than 10 words was copied from, first', async () => {
    const { body } = await search({ q: sentence });
    expect(body.matching).toBe('all');
    expect(`${body.hits[0]?.plan.slug}#${body.hits[0]?.section.anchor}`).toBe(`${seeds.get('000')}#ii`);
  });

  it('marks every typed word in the snippet, also those Meilisearch did not see', async () => {
    const { body } = await search({ q: sentence });
    for (const word of ['khơi', 'dậy', 'yêu', 'nước', 'Sơn', 'Hà']) expect(body.hits[0]?.snippet).toContain(`<mark>${word}</mark>`);
  });

  it('does not find a sentence whose last word the section does not have', async () => {
    const { body } = await search({ q: `${sentence} qwertyzz` });
    expect([body.total, body.missingWords]).toEqual([0, ['qwertyzz']]);
  });
});

describe('the document itself first', () => {
  for (const q of ['254-KH/TU', 'Kế hoạch 254', 'KH 254', 'ke hoach so 254']) {
    it(`ranks the opening of plan 254-KH/TU first for "${q}", above the plan that cites it`, async () => {
      const { body } = await search({ q });
      expect(`${body.hits[0]?.plan.slug}#${body.hits[0]?.section.anchor}`).toBe(`${seeds.get('004')}#mo-dau`);
    });
  }

  it('finds a section through its parents\' headings', async () => {
    const { body } = await search({ q: 'nội dung thực hiện tăng cường nguồn lực' });
    expect(body.hits.slice(0, 2).map((hit) => hit.section.path).sort()).toEqual(['III.2.5', 'III.5']);
  });
});

describe('date order', () => {
  it('orders every hit of "Mới nhất" by date, newest first, undated last', async () => {
    const hits = await allHits({ q: 'thông tin', sort: 'date-desc' });
    const dates = hits.map((hit) => hit.plan.date);
    const dated = dates.filter((date) => date !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((date) => date === null)).toBe(true);
    expect(dated.length).toBeGreaterThan(0);
  });

  it('orders "Cũ nhất" oldest first', async () => {
    const dated = (await allHits({ q: 'thông tin', sort: 'date-asc' })).map((hit) => hit.plan.date).filter((date) => date !== null);
    expect(dated).toEqual([...dated].sort());
  });

  it('shows the newest plan first for the empty query', async () => {
    const { body } = await search({ q: '' });
    expect(body.hits[0]?.plan.date).toBe('2024-08-20');
  });
});

describe('facets and parameters', () => {
  it('counts document types and cited documents, and filters by them', async () => {
    const { body } = await search({ q: 'đối ngoại' });
    expect(body.facets.type).toEqual({ 'Kế hoạch': body.total });
    expect(body.facets.cites['57-KL/TW']).toBe(body.total);
    const filtered = await search({ q: 'đối ngoại', type: 'Quyết định' });
    expect(filtered.body.total).toBe(0);
  });

  it('labels the facet keys: province codes by name, levels in Vietnamese', async () => {
    const { body } = await search({ q: 'đối ngoại' });
    expect(body.labels?.province?.['58']).toBe('Ninh Thuận');
    expect(body.labels?.provinceNow?.['56']).toBe('Khánh Hòa');
    expect(body.labels?.level?.district).toBe('Cấp huyện');
  });

  it('takes a province by its name, old or new, in any spelling', async () => {
    const byCode = (await search({ q: 'tuyên truyền', province: '58' })).body;
    for (const province of ['Ninh Thuận', 'ninh thuan']) {
      const { status, body } = await search({ q: 'tuyên truyền', province });
      expect(status).toBe(200);
      expect(body.hits.map((hit) => hit.url)).toEqual(byCode.hits.map((hit) => hit.url));
    }
    const now = (await search({ q: 'tuyên truyền', province: 'Khánh Hòa' })).body;
    expect(now.hits.map((hit) => hit.plan.slug)).toContain(seeds.get('002'));
  });

  it('answers an unknown parameter with a 400 naming the valid ones', async () => {
    const { status, statusText, body } = await search('q=x&tinh=58');
    expect([status, statusText, body.param]).toEqual([400, 'Bad Request', 'tinh']);
    expect(body.error).toBe('Tham số "tinh" không được hỗ trợ; các tham số hợp lệ: q, province, level, year, from, to, category, agency, type, cites, sort, page.');
  });
});

describe('errors under /api/', () => {
  it('answers an unknown API path with a JSON 404, reason phrase on the status line', async () => {
    const response = await fetch(`${siteUrl}/api/nothing-here`);
    expect([response.status, response.statusText, response.headers.get('content-type')]).toEqual([404, 'Not Found', 'application/json; charset=utf-8']);
    expect(await response.json()).toEqual({ error: 'Không có API "/api/nothing-here".', path: '/api/nothing-here' });
  });

  it('gives the HTML 404 page its reason phrase too', async () => {
    const response = await fetch(`${siteUrl}/khong-co-trang-nay`);
    expect([response.status, response.statusText]).toEqual([404, 'Not Found']);
  });
});
