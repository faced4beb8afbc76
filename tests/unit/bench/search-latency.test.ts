import { describe, expect, it } from 'vitest';
import { meiliBodies, plainSearchPath } from '../../../src/lib/bench/search-latency.ts';
import { benchQueries, queryString } from '../../../src/lib/bench/query-set.ts';
import { parseSearchParams } from '../../../src/lib/search/params.ts';
import { requestToFacetQueries, requestToMultiSearch } from '../../../src/lib/search/search-sections.ts';

describe('the direct side of the latency benchmark', () => {
  it('sends Meilisearch, for every bench query, the bodies the site sends', () => {
    for (const query of benchQueries) {
      const search = queryString(query);
      const request = parseSearchParams(new URLSearchParams(search));
      const facetQueries = requestToFacetQueries(request, 'bench-sections');
      const expected = [requestToMultiSearch(request, 'bench-sections'), ...(facetQueries.length > 0 ? [{ queries: facetQueries }] : [])];
      expect(meiliBodies(search, 'bench-sections').map((body) => JSON.parse(body) as unknown), search).toEqual(JSON.parse(JSON.stringify(expected)));
    }
  });

  it('includes the facet counts for the queries with a selected facet', () => {
    const counts = benchQueries.map((query) => meiliBodies(queryString(query), 'bench-sections').length);
    expect(counts.filter((count) => count === 2).length).toBe(benchQueries.filter((query) => query.params.some(([name]) => ['province', 'level', 'year', 'category', 'agency'].includes(name))).length);
    expect(counts.filter((count) => count === 2).length).toBeGreaterThan(0);
  });
});

describe('the floor of the latency benchmark', () => {
  it('is one plain search of the query as typed, 10 hits, without filters or facets', () => {
    const filtered = benchQueries.find((query) => query.params.some(([name]) => name === 'province') && query.params.some(([name]) => name === 'q'));
    expect(filtered?.params[0]).toEqual(['q', 'tuyên truyền']);
    expect(plainSearchPath(filtered as (typeof benchQueries)[number], 'bench-sections')).toBe('/indexes/bench-sections/search?q=tuy%C3%AAn+truy%E1%BB%81n&limit=10');
    expect(plainSearchPath({ kind: 'faceted', params: [['level', 'district']] }, 'bench-sections')).toBe('/indexes/bench-sections/search?q=&limit=10');
  });
});
