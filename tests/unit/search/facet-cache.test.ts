import { describe, expect, it } from 'vitest';
import { FacetCache, throttledVersion, type FacetCounts } from '../../../src/lib/search/facet-cache.ts';

/** Counts with `province` holding `values` values, the other facets empty. */
function counts(values: number, first = 1): FacetCounts {
  const province = Object.fromEntries(Array.from({ length: values }, (_, i) => [String(i + 1), first + i]));
  return { province, provinceNow: {}, level: {}, year: {}, category: {}, agency: {}, type: {}, cites: {} };
}

const unused = () => Promise.resolve(null);

describe('FacetCache', () => {
  it('returns the counts kept for a key on the same corpus version', () => {
    const cache = new FacetCache({ maxEntries: 10, maxValues: 100, version: unused });
    cache.set('v1', 'tuyên truyền', counts(2, 7));
    expect(cache.get('v1', 'tuyên truyền')?.province).toEqual({ 1: 7, 2: 8 });
    expect(cache.get('v1', 'cán bộ')).toBeUndefined();
  });

  it('forgets every entry when a new corpus version is seen', () => {
    const cache = new FacetCache({ maxEntries: 10, maxValues: 100, version: unused });
    cache.set('v1', 'a', counts(1));
    cache.set('v1', 'b', counts(1));
    expect(cache.get('v2', 'a')).toBeUndefined();
    expect(cache.size).toBe(0);
    // The old version is not brought back by a late writer either: it empties the cache again.
    cache.set('v2', 'a', counts(1, 5));
    expect(cache.get('v1', 'a')).toBeUndefined();
    expect(cache.get('v2', 'a')).toBeUndefined();
  });

  it('holds at most maxEntries searches, dropping the least recently used first', () => {
    const cache = new FacetCache({ maxEntries: 2, maxValues: 100, version: unused });
    cache.set('v1', 'a', counts(1));
    cache.set('v1', 'b', counts(1));
    cache.get('v1', 'a');
    cache.set('v1', 'c', counts(1));
    expect(cache.size).toBe(2);
    expect(cache.get('v1', 'b')).toBeUndefined();
    expect(cache.get('v1', 'a')).toBeDefined();
    expect(cache.get('v1', 'c')).toBeDefined();
  });

  it('holds at most maxValues facet values over all entries', () => {
    const cache = new FacetCache({ maxEntries: 100, maxValues: 10, version: unused });
    cache.set('v1', 'a', counts(4));
    cache.set('v1', 'b', counts(4));
    cache.set('v1', 'c', counts(4));
    expect(cache.size).toBe(2);
    expect(cache.get('v1', 'a')).toBeUndefined();
    // An entry larger than the whole bound is not kept.
    cache.set('v1', 'huge', counts(11));
    expect(cache.get('v1', 'huge')).toBeUndefined();
  });
});

describe('throttledVersion', () => {
  it('reads the version at most once per interval, sharing one read between callers', async () => {
    let clock = 0;
    let reads = 0;
    const versions = ['v1', 'v2'];
    const version = throttledVersion(async () => versions[reads++] ?? null, 1000, () => clock);
    expect(await Promise.all([version(), version(), version()])).toEqual(['v1', 'v1', 'v1']);
    clock = 999;
    expect(await version()).toBe('v1');
    expect(reads).toBe(1);
    clock = 1000;
    expect(await version()).toBe('v2');
    expect(reads).toBe(2);
  });

  it('answers null when the read fails, and reads again after the interval', async () => {
    let clock = 0;
    let fail = true;
    const version = throttledVersion(async () => { if (fail) throw new Error('Meilisearch is down'); return 'v3'; }, 1000, () => clock);
    expect(await version()).toBeNull();
    fail = false;
    expect(await version()).toBeNull();
    clock = 1500;
    expect(await version()).toBe('v3');
  });
});
