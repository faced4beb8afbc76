import { describe, expect, it } from 'vitest';
import { emptySearchRequest } from '../../../src/lib/search/search-request.ts';
import { requestToFacetQueries, requestToMultiSearch } from '../../../src/lib/search/search-sections.ts';

describe('requestToMultiSearch', () => {
  it('adds the Telex query on the telex attribute, weighted up, when the query has diacritics', () => {
    const body = requestToMultiSearch({ ...emptySearchRequest(), q: '“chống”', page: 2 }, 'sections');
    expect(body.queries.map((query) => [query.q, query.attributesToSearchOn.includes('telex'), query.federationOptions?.weight])).toEqual([
      ['"choongs" ', true, 2], // the trailing space stops prefix matching of the last Telex word
      ['"chống"', false, undefined],
    ]);
    expect(body.federation.offset).toBe(10);
    expect(body.federation.limit).toBe(10);
  });

  it('sends only the plain query when the query has no diacritics', () => {
    const body = requestToMultiSearch({ ...emptySearchRequest(), q: 'xay va chong' }, 'sections');
    expect(body.queries.map((query) => query.q)).toEqual(['xay va chong']);
  });

  it('sorts by date with the plain query only, since federation merges by score', () => {
    const body = requestToMultiSearch({ ...emptySearchRequest(), q: 'chống', sort: 'date-desc' }, 'sections');
    expect(body.queries).toHaveLength(1);
    expect(body.queries[0]?.sort).toEqual(['timestamp:desc', 'order:asc']);
  });
});

describe('requestToFacetQueries', () => {
  it('counts each selected facet without its own filter', () => {
    const queries = requestToFacetQueries({ ...emptySearchRequest(), provinces: ['51'], levels: ['district'] }, 'sections');
    expect(queries.map((query) => [query.facets, query.filter])).toEqual([
      [['provinceCode', 'provinceNowCode'], ['(level = "district")']],
      [['level'], ['(provinceCode = "51" OR provinceNowCode = "51")']],
    ]);
  });
});
