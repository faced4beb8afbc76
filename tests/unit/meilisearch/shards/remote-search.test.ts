import { describe, expect, it } from 'vitest';
import { onePlan, routeAcrossShards, type ShardRouting } from '../../../../src/lib/meilisearch/shards/remote-search.ts';
import { shardOf } from '../../../../src/lib/meilisearch/shards/shard-of.ts';
import { planFilter } from '../../../../src/lib/search/filters.ts';

const routing: ShardRouting = { remotes: ['a', 'b'], shardedIndex: 'sections' };

describe('routeAcrossShards', () => {
  it('sends each query of a federated search on the sharded index to every shard, keeping its weight', () => {
    const call = routeAcrossShards('/multi-search', {
      federation: { limit: 10, facetsByIndex: { sections: ['year'] }, mergeFacets: {} },
      queries: [{ indexUid: 'sections', q: 'xaay', federationOptions: { weight: 2 } }, { indexUid: 'sections', q: 'xây' }],
    }, routing);
    expect(call?.requests).toEqual([{
      path: '/multi-search',
      body: {
        federation: { limit: 10, facetsByIndex: { sections: ['year'] }, mergeFacets: {} },
        queries: [
          { indexUid: 'sections', q: 'xaay', federationOptions: { weight: 2, remote: 'a' } },
          { indexUid: 'sections', q: 'xaay', federationOptions: { weight: 2, remote: 'b' } },
          { indexUid: 'sections', q: 'xây', federationOptions: { remote: 'a' } },
          { indexUid: 'sections', q: 'xây', federationOptions: { remote: 'b' } },
        ],
      },
    }]);
  });

  it('makes each separate query of the sharded index a federated search, facets merged, and answers in the order asked', () => {
    const call = routeAcrossShards('/multi-search', {
      queries: [
        { indexUid: 'sections', q: 'tin', limit: 0 },
        { indexUid: 'plans', q: '', limit: 5 },
        { indexUid: 'sections', q: 'xây', limit: 0, facets: ['year'], filter: ['level = "district"'] },
      ],
    }, routing);
    expect(call?.requests).toEqual([
      { path: '/multi-search', body: { federation: { limit: 0, offset: 0 }, queries: [{ indexUid: 'sections', q: 'tin', federationOptions: { remote: 'a' } }, { indexUid: 'sections', q: 'tin', federationOptions: { remote: 'b' } }] } },
      {
        path: '/multi-search',
        body: {
          federation: { limit: 0, offset: 0, facetsByIndex: { sections: ['year'] }, mergeFacets: {} },
          queries: ['a', 'b'].map((remote) => ({ indexUid: 'sections', q: 'xây', filter: ['level = "district"'], federationOptions: { remote } })),
        },
      },
      { path: '/multi-search', body: { queries: [{ indexUid: 'plans', q: '', limit: 5 }] } },
    ]);
    const answer = call?.combine([
      { hits: [], estimatedTotalHits: 7, processingTimeMs: 1, limit: 0, offset: 0, remoteErrors: {} },
      { hits: [], estimatedTotalHits: 3, processingTimeMs: 2, limit: 0, offset: 0, facetDistribution: { year: { 2024: 3 } }, facetStats: {}, remoteErrors: {} },
      { results: [{ indexUid: 'plans', hits: [{ id: 'p' }], estimatedTotalHits: 1 }] },
    ]);
    expect(answer).toEqual({
      results: [
        { indexUid: 'sections', hits: [], query: 'tin', processingTimeMs: 1, limit: 0, offset: 0, estimatedTotalHits: 7 },
        { indexUid: 'plans', hits: [{ id: 'p' }], estimatedTotalHits: 1 },
        { indexUid: 'sections', hits: [], query: 'xây', processingTimeMs: 2, limit: 0, offset: 0, estimatedTotalHits: 3, facetDistribution: { year: { 2024: 3 } }, facetStats: {} },
      ],
    });
  });

  it('reads one plan\'s sections from its one shard, and answers as a plain search without the federation details', () => {
    const slug = 'son-ha-162-kh-hu-2024';
    const call = routeAcrossShards('/indexes/sections/search', { q: '', filter: planFilter(slug), sort: ['order:asc'], limit: 2000 }, routing);
    expect(call?.requests).toEqual([{
      path: '/multi-search',
      body: { federation: { limit: 2000, offset: 0 }, queries: [{ indexUid: 'sections', q: '', filter: planFilter(slug), sort: ['order:asc'], federationOptions: { remote: shardOf(slug, ['a', 'b']) } }] },
    }]);
    const hit = { id: 'x', _federation: { indexUid: 'sections', queriesPosition: 0, weightedRankingScore: 1, remote: 'a' } };
    expect(call?.combine([{ hits: [hit], estimatedTotalHits: 1, processingTimeMs: 0, limit: 2000, offset: 0, remoteErrors: {} }])).toEqual({
      hits: [{ id: 'x' }], query: '', processingTimeMs: 0, limit: 2000, offset: 0, estimatedTotalHits: 1,
    });
  });

  it('fails the whole search when a shard did not answer, rather than serve the others\' hits as if complete', () => {
    const call = routeAcrossShards('/multi-search', { federation: {}, queries: [{ indexUid: 'sections', q: 'tin' }] }, routing);
    expect(() => call?.combine([{ hits: [], remoteErrors: { b: { message: 'error sending request', code: 'remote_could_not_send_request' } } }])).toThrow(
      'Meilisearch shards did not answer the search: b: error sending request',
    );
  });

  it('leaves alone the requests that do not touch the sharded index', () => {
    expect(routeAcrossShards('/indexes/plans/search', { q: '' }, routing)).toBeNull();
    expect(routeAcrossShards('/multi-search', { queries: [{ indexUid: 'meta', q: '' }] }, routing)).toBeNull();
    expect(routeAcrossShards('/indexes/sections/documents', { id: 'x' }, routing)).toBeNull();
  });

  it('refuses page and hitsPerPage, which the shards cannot split', () => {
    expect(() => routeAcrossShards('/indexes/sections/search', { q: '', page: 2 }, routing)).toThrow('page and hitsPerPage are not supported across shards: use limit and offset');
  });
});

describe('onePlan', () => {
  it('reads the slug of the filter planFilter writes, escapes undone', () => {
    expect(onePlan(planFilter('a"b\\c'))).toBe('a"b\\c');
    expect(onePlan([planFilter('son-ha')])).toBe('son-ha');
  });

  it('sees no single plan in any other filter', () => {
    expect(onePlan('planSlug = "a" OR planSlug = "b"')).toBeNull();
    expect(onePlan([planFilter('a'), 'level = "district"'])).toBeNull();
    expect(onePlan(undefined)).toBeNull();
  });
});
