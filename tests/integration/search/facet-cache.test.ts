import { Meilisearch } from 'meilisearch';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { benchQueries, queryString } from '../../../src/lib/bench/query-set.ts';
import { parseSearchParams } from '../../../src/lib/search/params.ts';
import { FacetCache } from '../../../src/lib/search/facet-cache.ts';
import { defaultQueryPlan, facetKey, searchSections } from '../../../src/lib/search/search-sections.ts';
import type { SearchResult } from '../../../src/lib/search/search-result.ts';

// The committed plans, as the test site serves them.
let client: Meilisearch;
let uid: string;

beforeAll(() => {
  client = new Meilisearch({ host: inject('meiliHost'), apiKey: inject('meiliMasterKey') });
  uid = `${inject('siteIndexPrefix')}sections`;
});

const request = (search: string) => parseSearchParams(new URLSearchParams(search));

// The bench's queries (phrases, no diacritics, OCR words, filters, selected facets) and a few more:
// a long query, a query no section has in full, the empty one.
const searches = [
  ...benchQueries.map(queryString),
  'q=k%E1%BA%BF+ho%E1%BA%A1ch+th%E1%BB%B1c+hi%E1%BB%87n+k%E1%BA%BFt+lu%E1%BA%ADn+57+v%E1%BB%81+c%C3%B4ng+t%C3%A1c+th%C3%B4ng+tin+%C4%91%E1%BB%91i+ngo%E1%BA%A1i+tuy%C3%AAn+truy%E1%BB%81n',
  'q=tuy%C3%AAn+truy%E1%BB%81n+qwertyzz',
  '',
];

/** A cache on a corpus version the test sets. */
function cacheAt(version: { current: string }): FacetCache {
  return new FacetCache({ maxEntries: 100, maxValues: 100_000, version: async () => version.current });
}

const withoutTook = (result: SearchResult) => ({ ...result, took: 0 });

describe('facet counts kept until the next reindex', () => {
  it('gives every search the same result, facets included, counted or from the cache', async () => {
    const cache = cacheAt({ current: 'v1' });
    for (const search of searches) {
      const counted = await searchSections(client, uid, request(search));
      const first = await searchSections(client, uid, request(search), undefined, { facetCache: cache });
      const again = await searchSections(client, uid, request(search), undefined, { facetCache: cache });
      expect(withoutTook(first), search).toEqual(withoutTook(counted));
      expect(withoutTook(again), search).toEqual(withoutTook(counted));
    }
    expect(cache.size).toBeGreaterThanOrEqual(searches.length - 1);
  });

  it('counts as a plain Meilisearch facet search does, on the committed plans', async () => {
    const plain = await client.index(uid).search('', { facets: ['level', 'documentType', 'provinceNowCode'], limit: 0 });
    const counted = await searchSections(client, uid, request(''));
    expect(counted.facets.level).toEqual(plain.facetDistribution?.level);
    expect(counted.facets.type).toEqual(plain.facetDistribution?.documentType);
    expect(counted.facets.provinceNow).toEqual(plain.facetDistribution?.provinceNowCode);
    // A selected province does not hide the others: they are counted without its filter.
    const selected = await searchSections(client, uid, request('province=51'));
    expect(selected.facets.provinceNow).toEqual(plain.facetDistribution?.provinceNowCode);
  });

  it('shares one entry between the pages and the date orders of a search', async () => {
    const cache = cacheAt({ current: 'v1' });
    await searchSections(client, uid, request('level=district&sort=date-desc'), undefined, { facetCache: cache });
    await searchSections(client, uid, request('level=district&page=2'), undefined, { facetCache: cache });
    await searchSections(client, uid, request('level=district&sort=date-asc&page=3'), undefined, { facetCache: cache });
    expect(cache.size).toBe(1);
  });

  it('serves what the cache holds for the corpus version, and counts again on a new version', async () => {
    const version = { current: 'v1' };
    const cache = cacheAt(version);
    const search = request('q=tuy%C3%AAn+truy%E1%BB%81n');
    const counted = await searchSections(client, uid, search);
    const stale = { ...counted.facets, level: { district: 999 } };
    cache.set('v1', facetKey(search, uid, defaultQueryPlan(search.query)), stale);
    expect((await searchSections(client, uid, search, undefined, { facetCache: cache })).facets.level).toEqual({ district: 999 });
    version.current = 'v2';
    expect((await searchSections(client, uid, search, undefined, { facetCache: cache })).facets).toEqual(counted.facets);
  });

  it('asks for no counts when the caller needs none, with the same hits', async () => {
    const search = request('q=tuy%C3%AAn+truy%E1%BB%81n&province=51');
    const counted = await searchSections(client, uid, search);
    const bare = await searchSections(client, uid, search, undefined, { facets: 'none' });
    expect(bare.hits).toEqual(counted.hits);
    expect(bare.total).toBe(counted.total);
    expect(Object.values(bare.facets).every((values) => Object.keys(values).length === 0)).toBe(true);
  });

  it('answers /api/search with the same facets the first time and from the cache', async () => {
    const search = 'q=c%C3%A1n+b%E1%BB%99&level=district';
    const counted = await searchSections(client, uid, request(search));
    for (let i = 0; i < 2; i++) {
      const answer = (await (await fetch(`${inject('siteUrl')}/api/search?${search}`)).json()) as SearchResult;
      expect(answer.facets).toEqual(counted.facets);
    }
  });
});
