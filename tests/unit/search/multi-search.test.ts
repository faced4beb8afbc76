import { describe, expect, it } from 'vitest';
import { emptySearchRequest } from '../../../src/lib/search/search-request.ts';
import { requestToFacetQueries, requestToMeiliBodies, requestToMultiSearch } from '../../../src/lib/search/search-sections.ts';

describe('requestToMultiSearch', () => {
  it('adds the Telex query on the Telex attributes, heading first, weighted up, when the query has diacritics', () => {
    const body = requestToMultiSearch({ ...emptySearchRequest(), q: '“chống”', page: 2 }, 'sections');
    expect(body.queries.map((query) => [query.q, query.attributesToSearchOn.filter((a) => a.startsWith('telex')), query.federationOptions?.weight])).toEqual([
      ['"choongs" ', ['telexHeading', 'telexBreadcrumb', 'telex'], 2], // the trailing space stops prefix matching of the last Telex word
      ['"chống"', [], undefined],
    ]);
    // A quoted word typed with marks is checked as spelled by the site: the candidates come in one batch.
    expect([body.federation.offset, body.federation.limit]).toEqual([0, 200]);
    const unquoted = requestToMultiSearch({ ...emptySearchRequest(), q: 'chống', page: 2 }, 'sections');
    expect([unquoted.federation.offset, unquoted.federation.limit]).toEqual([10, 10]);
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

describe('requestToMeiliBodies', () => {
  it('sends the federated search alone when no facet has a selection', () => {
    const request = { ...emptySearchRequest(), q: 'chống', years: [] };
    expect(requestToMeiliBodies(request, 'sections')).toEqual({ federated: requestToMultiSearch(request, 'sections'), facets: null });
  });

  it('adds the counts of the selected facets as a second multi-search', () => {
    const request = { ...emptySearchRequest(), q: 'chống', categories: ['dau-tranh-phan-bac'], years: [2024] };
    const bodies = requestToMeiliBodies(request, 'sections');
    expect(bodies.federated).toEqual(requestToMultiSearch(request, 'sections'));
    expect(bodies.facets?.queries.map((query) => query.facets)).toEqual([['year'], ['categories']]);
  });
});
