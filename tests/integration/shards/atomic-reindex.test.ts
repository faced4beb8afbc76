import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEvalCorpus } from '../../../src/lib/eval/eval-corpus.ts';
import { readIndexState } from '../../../src/lib/meilisearch/index-state.ts';
import type { Corpus } from '../../../src/lib/documents/document-source.ts';
import { loadCorpus } from '../../../src/lib/documents/load-corpus.ts';
import type { Progress } from '../../../src/lib/meilisearch/progress.ts';
import { reindex } from '../../../src/lib/meilisearch/reindex.ts';
import { parseSearchParams } from '../../../src/lib/search/params.ts';
import { searchSections } from '../../../src/lib/search/search-sections.ts';
import { createSearchClient } from '../../../src/lib/search/search-service.ts';
import { startTwoShards } from './two-shards.ts';

// The committed plans serve on two shards; a reindex of a larger corpus (the committed plans and
// the real documents) loses shard b half-way. Neither shard may serve the larger corpus then.
const prefix = 'rx_';
let shards: Awaited<ReturnType<typeof startTwoShards>>;
let committed: Corpus;
let larger: Corpus;
let site: Meilisearch;
let before: number[];

/** Sections serving on each shard. */
async function serving(): Promise<number[]> {
  return Promise.all(shards.shards.map(async (shard) => (await shard.client.index(`${prefix}sections`).getStats()).numberOfDocuments));
}

/** A progress that does `act` when the reindex starts the step `label`. */
function at(label: string, act: () => void): Progress {
  return { step: (name) => (name === label ? act() : undefined), advance() {}, finish() {} };
}

/** Slugs of the plans the site finds for a query that only the real documents answer. */
async function realDocumentHits(): Promise<string[]> {
  const result = await searchSections(site, `${prefix}sections`, parseSearchParams(new URLSearchParams('q=131/QĐ-TTg')));
  return result.matching === 'all' ? [...new Set(result.hits.map((hit) => hit.plan.slug))] : [];
}

beforeAll(async () => {
  shards = await startTwoShards();
  committed = await loadCorpus('content');
  larger = await loadEvalCorpus(process.cwd());
  await reindex(committed, { client: shards.shards[0]!.client, prefix, shards: shards.shards });
  site = createSearchClient(shards.shards[0]!.url, shards.masterKeys[0], 5000, { remotes: ['a', 'b'], shardedIndex: `${prefix}sections` });
  before = await serving();
}, 240_000);

afterAll(async () => {
  await shards?.stop();
});

describe('a reindex over two shards swaps both or neither', () => {
  it('serves the committed plans on both shards to begin with', async () => {
    expect(before.every((count) => count > 0)).toBe(true);
    expect(before[0]! + before[1]!).toBe(committed.sections.length);
    expect(await realDocumentHits()).toEqual([]);
  });

  it('swaps neither when shard b dies while the new documents are being indexed', async () => {
    const state = await readIndexState(shards.shards[0]!.client, prefix);
    const run = reindex(larger, { client: shards.shards[0]!.client, prefix, shards: shards.shards, progress: at('Waiting for Meilisearch to index', shards.killB) });
    await expect(run).rejects.toThrow(/^Reindex failed, the serving indexes are unchanged: Meilisearch: .* on shard "b" failed: /);
    await shards.restartB();
    expect(await serving()).toEqual(before);
    expect(await readIndexState(shards.shards[0]!.client, prefix)).toEqual(state);
    expect(await realDocumentHits()).toEqual([]);
  });

  it('swaps shard a back when shard b is cut off after a swapped', async () => {
    const state = await readIndexState(shards.shards[0]!.client, prefix);
    const run = reindex(larger, { client: shards.shards[0]!.client, prefix, shards: shards.shards, progress: at('Swapping the new indexes in', shards.relay.cut) });
    await expect(run).rejects.toThrow(/^Reindex failed, the serving indexes are unchanged: Meilisearch: creating index rx_sections on shard "b" failed: /);
    await shards.relay.mend();
    expect(await serving()).toEqual(before);
    expect(await readIndexState(shards.shards[0]!.client, prefix)).toEqual(state);
    expect(await realDocumentHits()).toEqual([]);
  });

  it('swaps both once both answer, and leaves no temporary index behind', async () => {
    const result = await reindex(larger, { client: shards.shards[0]!.client, prefix, shards: shards.shards });
    expect([result.status, result.sections]).toEqual(['indexed', larger.sections.length]);
    const now = await serving();
    expect(now[0]! + now[1]!).toBe(larger.sections.length);
    expect(now.every((count, i) => count > before[i]!)).toBe(true);
    expect(await realDocumentHits()).toEqual(['ttg-131-qd-ttg-2022']);
    for (const shard of shards.shards) {
      const { results } = await shard.client.getIndexes({ limit: 100 });
      expect(results.map((index) => index.uid).filter((uid) => uid.startsWith(prefix)).sort(), shard.name).toEqual(shard.name === 'a' ? ['rx_meta', 'rx_plans', 'rx_sections', 'rx_terms'] : ['rx_sections']);
    }
  });
});
