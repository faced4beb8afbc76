import { describe, expect, it } from 'vitest';
import { emptySearchRequest, withQuery } from '../../../src/lib/search/search-request.ts';
import { requestToFacetQueries, requestToMeiliBodies, requestToMultiSearch } from '../../../src/lib/search/search-sections.ts';

describe('requestToMultiSearch', () => {
  it('adds the Telex query on the Telex attributes, heading first, weighted up, when the query has diacritics', () => {
    const body = requestToMultiSearch(withQuery({ ...emptySearchRequest(), page: 2 }, 'chống đối'), 'sections');
    expect(body.queries.map((query) => [query.q, query.attributesToSearchOn.filter((a) => a.startsWith('telex')), query.federationOptions?.weight])).toEqual([
      ['choongs ddoois ', ['telexHeading', 'telexBreadcrumb', 'telex'], 2], // the trailing space stops prefix matching of the last Telex word
      ['chống đối ', [], undefined],
    ]);
    expect([body.federation.offset, body.federation.limit]).toEqual([10, 10]);
  });

  it('sends a quoted unit typed with marks in Telex, on the Telex attributes too, so Meilisearch keeps its spelling and the page comes in one go', () => {
    const quoted = requestToMultiSearch(withQuery({ ...emptySearchRequest(), page: 2 }, '“chống”'), 'sections');
    // Only quoted units: one query, which can match the Telex phrase in the Telex attributes alone.
    expect(quoted.queries.map((query) => [query.q, query.attributesToSearchOn.filter((a) => a.startsWith('telex'))])).toEqual([
      ['"choongs" ', ['telexHeading', 'telexBreadcrumb', 'telex']], // a quoted last word is whole: no prefix either
    ]);
    expect([quoted.federation.offset, quoted.federation.limit]).toEqual([10, 10]);
    // With another word typed with marks, the exact-diacritics half still ranks its spelling first.
    const mixed = requestToMultiSearch(withQuery(emptySearchRequest(), '"xây" và "chống"'), 'sections');
    expect(mixed.queries.map((query) => [query.q, query.federationOptions?.weight])).toEqual([
      ['"xaay" vaf "choongs" ', 2],
      ['"xaay" và "choongs" ', undefined],
    ]);
    // Typed without marks, a quoted unit is any spelling, as before.
    expect(requestToMultiSearch(withQuery(emptySearchRequest(), '"xay dung"'), 'sections').queries.map((query) => query.q)).toEqual(['"xay dung" ']);
  });

  it('sends only the plain query when the query has no diacritics', () => {
    const body = requestToMultiSearch(withQuery(emptySearchRequest(), 'xay va chong'), 'sections');
    expect(body.queries.map((query) => query.q)).toEqual(['xay va chong']);
  });

  it('ends the query with a space, so Meilisearch takes the last word whole, when it carries a mark or a space followed it', () => {
    expect(requestToMultiSearch(withQuery(emptySearchRequest(), 'uy tín'), 'sections').queries.map((query) => query.q)).toEqual(['uy tins ', 'uy tín ']);
    expect(requestToMultiSearch(withQuery(emptySearchRequest(), 'uy tin '), 'sections').queries.map((query) => query.q)).toEqual(['uy tin ']);
    expect(requestToMultiSearch(withQuery(emptySearchRequest(), 'uy ti'), 'sections').queries.map((query) => query.q)).toEqual(['uy ti']);
  });

  it('sorts by date with the plain query only, since federation merges by score', () => {
    const body = requestToMultiSearch(withQuery({ ...emptySearchRequest(), sort: 'date-desc' }, 'chống'), 'sections');
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
    const request = withQuery({ ...emptySearchRequest(), years: [] }, 'chống');
    expect(requestToMeiliBodies(request, 'sections')).toEqual({ federated: requestToMultiSearch(request, 'sections'), facets: null });
  });

  it('adds the counts of the selected facets as a second multi-search', () => {
    const request = withQuery({ ...emptySearchRequest(), categories: ['dau-tranh-phan-bac'], years: [2024] }, 'chống');
    const bodies = requestToMeiliBodies(request, 'sections');
    expect(bodies.federated).toEqual(requestToMultiSearch(request, 'sections'));
    expect(bodies.facets?.queries.map((query) => query.facets)).toEqual([['year'], ['categories']]);
  });
});
