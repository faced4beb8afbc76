import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchQueries, pastedQueries, queryString } from '../../../src/lib/bench/query-set.ts';
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

  it('pastes runs of 12 to 25 words from the middle of sections, the same ones every time, skipping texts too short', () => {
    const texts = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 'Quá ngắn.' : Array.from({ length: 40 }, (_, w) => `từ${i}_${w}`).join(' ')));
    const queries = pastedQueries(texts, 20);
    expect(queries).toHaveLength(20);
    expect(pastedQueries(texts, 20)).toEqual(queries);
    const lengths = queries.map((query) => (query.params[0]?.[1] ?? '').split(' ').length);
    expect(Math.min(...lengths)).toBe(12);
    expect(Math.max(...lengths)).toBe(25);
    for (const query of queries) {
      const [name, q] = query.params[0] ?? [];
      expect([query.kind, name]).toEqual(['pasted', 'q']);
      const words = (q ?? '').split(' ');
      const source = texts.find((text) => text.includes(q ?? '')) ?? '';
      expect(source, q).not.toBe('');
      // From the middle: as many words of the text before the run as after it, give or take one.
      const before = source.slice(0, source.indexOf(q ?? '')).split(' ').filter(Boolean).length;
      expect(Math.abs(before - (40 - words.length - before))).toBeLessThanOrEqual(1);
    }
  });
});
