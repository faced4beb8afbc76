import { readFileSync } from 'node:fs';
import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEvalCorpus } from '../../../src/lib/eval/eval-corpus.ts';
import { evalQueryToParams, parseEvalQueries } from '../../../src/lib/eval/eval-queries.ts';
import { searchOnlyKey } from '../../../src/lib/meilisearch/keys.ts';
import { reindex } from '../../../src/lib/meilisearch/reindex.ts';
import { parseSearchParams } from '../../../src/lib/search/params.ts';
import { fetchPlanSections } from '../../../src/lib/search/plan-sections.ts';
import { searchSections } from '../../../src/lib/search/search-sections.ts';
import { createSearchClient } from '../../../src/lib/search/search-service.ts';
import type { SearchResult } from '../../../src/lib/search/search-result.ts';
import { startTwoShards } from './two-shards.ts';

// The evaluation corpus indexed twice: whole on shard "a" (prefix one_), and spread over shards
// "a" and "b" (prefix two_). The site's own search module must answer both alike.
const read = (file: string) => readFileSync(file, 'utf8');
const queries = [
  ...parseEvalQueries('tests/fixtures/eval/queries.yaml', read('tests/fixtures/eval/queries.yaml')),
  ...parseEvalQueries('tests/fixtures/eval/held-out.yaml', read('tests/fixtures/eval/held-out.yaml')),
];
let shards: Awaited<ReturnType<typeof startTwoShards>>;
let one: Meilisearch;
let two: Meilisearch;
let slugs: string[];

beforeAll(async () => {
  shards = await startTwoShards();
  const [a, b] = shards.shards;
  if (a === undefined || b === undefined) throw new Error('two shards expected');
  const corpus = await loadEvalCorpus(process.cwd());
  slugs = corpus.plans.map((plan) => plan.slug);
  await reindex(corpus, { client: a.client, prefix: 'one_' });
  await reindex(corpus, { client: a.client, prefix: 'two_', shards: shards.shards });
  // As the site: a search-only key of the first shard; shard b is searched through Meilisearch's network.
  one = createSearchClient(a.url, await searchOnlyKey(a.client, 'one_'));
  two = createSearchClient(a.url, await searchOnlyKey(a.client, 'two_'), 5000, { remotes: ['a', 'b'], shardedIndex: 'two_sections' });
}, 240_000);

afterAll(async () => {
  await shards?.stop();
});

/** What a reader sees of a result: every hit in order, the counts, the facets, the pages. */
function seen(result: SearchResult) {
  return {
    hits: result.hits.map((hit) => `${hit.url} ${hit.snippet}`),
    total: result.total,
    matching: result.matching,
    partialTotal: result.partialTotal,
    missingWords: result.missingWords,
    facets: result.facets,
    pages: result.pages,
  };
}

describe('one index spread over two Meilisearch machines', () => {
  it('puts every plan wholly on one shard, and both shards hold some', async () => {
    const [a, b] = shards.shards;
    const held = await Promise.all([a, b].map((shard) => shard?.client.index('two_sections').getStats()));
    const whole = (await a?.client.index('one_sections').getStats())?.numberOfDocuments;
    expect(held.map((stats) => (stats?.numberOfDocuments ?? 0) > 0)).toEqual([true, true]);
    expect((held[0]?.numberOfDocuments ?? 0) + (held[1]?.numberOfDocuments ?? 0)).toBe(whole);
    for (const slug of slugs) {
      const counts = await Promise.all([a, b].map(async (shard) => (await shard?.client.index('two_sections').search('', { filter: `planSlug = "${slug}"`, limit: 0 }))?.estimatedTotalHits ?? 0));
      expect(counts.filter((count) => count > 0), slug).toHaveLength(1);
    }
  });

  it('holds the plans index and the meta record on the first shard only', async () => {
    const [a, b] = shards.shards;
    expect((await a?.client.index('two_plans').getStats())?.numberOfDocuments).toBe(slugs.length);
    await expect(b?.client.index('two_plans').getStats()).rejects.toThrow('Index `two_plans` not found.');
    await expect(b?.client.index('two_meta').getStats()).rejects.toThrow('Index `two_meta` not found.');
  });

  it('answers every eval query with the same hits in the same order, the same totals and the same facet counts', async () => {
    expect(queries.length).toBeGreaterThan(70);
    let partial = 0;
    for (const query of queries) {
      const params = evalQueryToParams(query);
      const [single, sharded] = await Promise.all([searchSections(one, 'one_sections', parseSearchParams(params)), searchSections(two, 'two_sections', parseSearchParams(params))]);
      if (single.matching === 'partial') {
        // Partial matches are ranked by word frequency, which each shard counts on its own: only their counts are the same.
        partial += 1;
        const { hits: _, ...counts } = seen(sharded);
        const { hits: __, ...expected } = seen(single);
        expect(counts, `q=${query.q}`).toEqual(expected);
      } else {
        expect(seen(sharded), `q=${query.q} ${params.toString()}`).toEqual(seen(single));
      }
    }
    // The eval's own groups of words absent from the corpus, and none else.
    expect(partial).toBeLessThan(10);
  });

  it('answers the same on a second page, sorted by date, and with a facet value chosen', async () => {
    const variants = ['q=thông+tin&page=2', 'q=&sort=date-desc', 'q=kế+hoạch&sort=date-asc&page=2', 'q=tuyên+truyền&province=51', 'q=&level=province&year=2024', 'q=chuyển+đổi+số&type=Kế+hoạch'];
    for (const variant of variants) {
      const request = parseSearchParams(new URLSearchParams(variant));
      const [single, sharded] = await Promise.all([searchSections(one, 'one_sections', request), searchSections(two, 'two_sections', request)]);
      expect(single.hits.length, variant).toBeGreaterThan(0);
      expect(seen(sharded), variant).toEqual(seen(single));
    }
  });

  it('reads a plan page from its one shard, as on one Meilisearch', async () => {
    for (const slug of slugs) {
      const [single, sharded] = await Promise.all([fetchPlanSections(one, 'one_sections', slug), fetchPlanSections(two, 'two_sections', slug)]);
      expect(sharded.length, slug).toBeGreaterThan(0);
      expect(sharded, slug).toEqual(single);
    }
  });

  it('counts a facet over the whole index as the plans page asks for it', async () => {
    const [single, sharded] = await Promise.all([
      one.index('one_sections').search('', { limit: 0, facets: ['categories'] }),
      two.index('two_sections').search('', { limit: 0, facets: ['categories'] }),
    ]);
    expect(Object.keys(single.facetDistribution?.categories ?? {}).length).toBeGreaterThan(3);
    expect(sharded.facetDistribution).toEqual(single.facetDistribution);
    expect(sharded.estimatedTotalHits).toBe(single.estimatedTotalHits);
  });
});
