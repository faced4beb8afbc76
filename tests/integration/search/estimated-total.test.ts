import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sectionSettings } from '../../../src/lib/meilisearch/settings.ts';
import type { SectionDocument } from '../../../src/lib/documents/section-document.ts';
import { emptySearchRequest, withQuery } from '../../../src/lib/search/search-request.ts';
import { searchSections } from '../../../src/lib/search/search-sections.ts';
import { toTelex } from '../../../src/lib/vietnamese/index.ts';
import { meiliTransport } from '../../../src/lib/search/meili-transport.ts';

// 150 sections say "chống", 150 "chông": Meilisearch matches both for an unquoted "chống"; a quoted one it
// matches as spelled, unless the query is too long for Meilisearch to see it, and the site then checks it.
const uid = 'test_estimate_sections';
/** Ten words every section has: with them first, a quoted word is the eleventh, which Meilisearch does not see. */
const tenWords = 'alpha beta gamma delta epsilon zeta eta theta iota kappa';
let client: Meilisearch;

function section(n: number, text: string): SectionDocument {
  const heading = `Mục ${n}`;
  return {
    id: `uoc-tinh__m${n}`, planSlug: 'uoc-tinh', anchor: `m${n}`, path: String(n), heading, breadcrumb: [], documentHeading: '', telexBreadcrumb: '',
    documentType: 'Kế hoạch', cites: [], order: n, depth: 2, text, markdown: text, textOriginal: null, markdownOriginal: null,
    telexHeading: toTelex(heading), telex: toTelex(text), aliases: [], repaired: false, planTitle: 'Ước tính', planType: 'Kế hoạch',
    planNumber: null, issuer: null, level: 'district', province: null, provinceCode: null, provinceNow: null, provinceNowCode: null,
    district: null, date: null, timestamp: null, year: null, leadAgencies: [], agencies: [], deadline: null, deadlineFrom: null,
    deadlineTo: null, recurring: false, categories: [],
  };
}

beforeAll(async () => {
  client = new Meilisearch({ host: inject('meiliHost'), apiKey: inject('meiliMasterKey') });
  await client.deleteIndexIfExists(uid);
  await client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
  await client.index(uid).updateSettings(sectionSettings()).waitTask({ timeout: 60_000 });
  const documents = Array.from({ length: 300 }, (_, n) => section(n, `${n % 2 === 0 ? 'Kiên quyết chống sai trái' : 'Vượt qua chông gai'}, ${tenWords}, lần ${n}.`));
  await client.index(uid).addDocuments(documents).waitTask({ timeout: 60_000 });
});

afterAll(async () => {
  await client.deleteIndexIfExists(uid);
});

describe('the count of a search', () => {
  it('is Meilisearch\'s own, not an estimate, when Meilisearch sees every unit', async () => {
    const result = await searchSections(client, uid, withQuery(emptySearchRequest(), 'chống'), null);
    expect([result.total, result.totalIsEstimate]).toEqual([300, false]);
  });

  it('is Meilisearch\'s own for a quoted word typed with marks, which it matches as spelled', async () => {
    const result = await searchSections(client, uid, withQuery(emptySearchRequest(), '"chống"'), null);
    expect([result.total, result.totalIsEstimate]).toEqual([150, false]);
    expect(result.hits.every((hit) => hit.snippet.includes('<mark>chống</mark>'))).toBe(true);
  });

  it('is estimated, and says so, when the site checks more candidates than it fetched', async () => {
    // Eleven words, all as common: the quoted one, last, is left to the site, on the first 200 of 300 candidates.
    const result = await searchSections(client, uid, withQuery(emptySearchRequest(), `${tenWords} "chống"`), null);
    expect(result.totalIsEstimate).toBe(true);
    // Scaled from the share of the 200 that passed: not the 300 candidates, not the true 150 either.
    expect(result.total).toBeGreaterThan(0);
    expect(result.total).toBeLessThan(300);
    expect(result.hits.every((hit) => hit.snippet.includes('<mark>chống</mark>'))).toBe(true);
  });

  it('is exact when every candidate was checked, and takes a last number typed without a space as a start', async () => {
    const whole = await searchSections(client, uid, withQuery(emptySearchRequest(), '"chống" 12 '), null);
    expect([whole.total, whole.totalIsEstimate]).toEqual([1, false]);
    // Unfinished as typed: 12, 120, 122, 124, 126, 128.
    const start = await searchSections(client, uid, withQuery(emptySearchRequest(), '"chống" 12'), null);
    expect([start.total, start.totalIsEstimate]).toEqual([6, false]);
  });

  it('fetches the candidates a page needs first, and the rest only when the page does not fill from them', async () => {
    const windows: { offset: number; limit: number }[] = [];
    const recording = new Meilisearch({
      host: inject('meiliHost'),
      apiKey: inject('meiliMasterKey'),
      httpClient: (input, init) => {
        const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { federation?: { offset: number; limit: number } }) : {};
        if (body.federation) windows.push({ offset: body.federation.offset, limit: body.federation.limit });
        return meiliTransport(input, init);
      },
    });
    // "kiên" (150 sections) and nine of the ten words go to Meilisearch; the tenth, in every section, is checked: all pass.
    const filled = await searchSections(recording, uid, withQuery(emptySearchRequest(), `${tenWords} kiên`), null);
    expect(windows).toEqual([{ offset: 0, limit: 20 }]);
    expect([filled.hits.length, filled.total, filled.totalIsEstimate]).toEqual([10, 150, true]);
    // Page 10 of the quoted "chống", which half the candidates lack: 110 first, then the other 90.
    windows.length = 0;
    const tenth = await searchSections(recording, uid, withQuery({ ...emptySearchRequest(), page: 10 }, `${tenWords} "chống"`), null);
    expect(windows).toEqual([{ offset: 0, limit: 110 }, { offset: 110, limit: 90 }]);
    expect(tenth.hits.every((hit) => hit.snippet.includes('<mark>chống</mark>'))).toBe(true);
  });
});
