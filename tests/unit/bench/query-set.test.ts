import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchQueries, queryString } from '../../../src/lib/bench/query-set.ts';
import { parseSearchParams } from '../../../src/lib/search/params.ts';

describe('the bench query set', () => {
  it('holds every kind of query the issue names', () => {
    expect(new Set(benchQueries.map((query) => query.kind))).toEqual(new Set(['plain', 'phrase', 'no-diacritics', 'ocr', 'filtered', 'faceted']));
  });

  it('is valid for the site: every query parses as a search request', () => {
    for (const query of benchQueries) expect(() => parseSearchParams(new URLSearchParams(queryString(query))), queryString(query)).not.toThrow();
  });

  it('only filters on categories that content/categories.yaml defines', () => {
    const defined = new Set([...readFileSync('content/categories.yaml', 'utf8').matchAll(/^\s*- id: ([a-z0-9-]+)$/gm)].map((m) => m[1]));
    const used = benchQueries.flatMap((query) => query.params.filter(([name]) => name === 'category').map(([, value]) => value));
    expect(used.length).toBeGreaterThan(0);
    for (const id of used) expect(defined, id).toContain(id);
  });

  it('encodes parameters as the search page links them', () => {
    expect(queryString({ kind: 'filtered', params: [['q', 'xây'], ['province', '51']] })).toBe('q=x%C3%A2y&province=51');
  });
});
