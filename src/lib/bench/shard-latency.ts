/**
 * What a query costs on two shards against one Meilisearch: the same synthetic corpus indexed whole
 * on one embedded server and spread over two, then the bench query set run through the site's own
 * search module on each, alternately, so that a slow spell of a shared machine weighs on both.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSourcePairs, writeSyntheticCorpus } from './corpus-files.ts';
import { summariseLatencies, type LatencySummary } from './latency-summary.ts';
import { benchQueries } from './query-set.ts';
import { generateSyntheticPlans } from './synthetic-corpus.ts';
import { parseConfig } from '../config.ts';
import { parseSearchParams } from '../search/params.ts';
import { searchSections } from '../search/search-sections.ts';
import { createSearchClient } from '../search/search-service.ts';
import { freePort } from '../meilisearch/free-port.ts';
import { searchOnlyKey } from '../meilisearch/keys.ts';
import { loadCorpus } from '../documents/load-corpus.ts';
import { generateMasterKey } from '../meilisearch/master-key.ts';
import { reindex } from '../meilisearch/reindex.ts';
import { startServer, type EmbeddedServer } from '../meilisearch/server.ts';
import { connectShards } from '../meilisearch/shards/connect-shards.ts';

/** The figures of one run. */
export interface ShardBenchResult {
  sections: number;
  plans: number;
  /** Sections on each of the two shards. */
  split: [number, number];
  one: LatencySummary;
  two: LatencySummary;
}

/** Indexes `sections` synthetic sections whole and over two shards, and times `rounds` rounds of the bench queries on each. */
export async function runShardBench(root: string, sections: number, rounds: number, log: (line: string) => void): Promise<ShardBenchResult> {
  const work = await mkdtemp(join(tmpdir(), 'shard-bench-'));
  const servers: EmbeddedServer[] = [];
  try {
    const contentDir = join(work, 'content');
    const written = await writeSyntheticCorpus(contentDir, generateSyntheticPlans(await readSourcePairs(join(root, 'content')), { sections }));
    await copyFile(join(root, 'content/categories.yaml'), join(contentDir, 'categories.yaml'));
    log(`${written.plans} plans, ${written.sections} sections generated; starting two Meilisearch servers …`);
    const keys = [generateMasterKey(), generateMasterKey()];
    for (const [i, key] of keys.entries()) servers.push(await startServer({ dataDir: join(work, `meili-${i}`), port: await freePort(), masterKey: key }));
    const config = parseConfig({ MEILI_SHARDS: `a=${servers[0]?.url},b=${servers[1]?.url}`, MEILI_SHARD_MASTER_KEYS: `a=${keys[0]},b=${keys[1]}` });
    const shards = await connectShards(config);
    const first = shards[0] as (typeof shards)[number];
    const corpus = await loadCorpus(contentDir);
    log('indexing on one server …');
    await reindex(corpus, { client: first.client, prefix: 'one_' });
    log('indexing over two shards …');
    await reindex(corpus, { client: first.client, prefix: 'two_', shards });
    const split = (await Promise.all(shards.map(async (shard) => (await shard.client.index('two_sections').getStats()).numberOfDocuments))) as [number, number];
    const one = createSearchClient(first.url, await searchOnlyKey(first.client, 'one_'));
    const two = createSearchClient(first.url, await searchOnlyKey(first.client, 'two_'), 5000, { remotes: shards.map((shard) => shard.name), shardedIndex: 'two_sections' });
    const sides = [{ client: one, uid: 'one_sections', times: [] as number[] }, { client: two, uid: 'two_sections', times: [] as number[] }];
    log(`timing ${rounds} rounds of ${benchQueries.length} queries on each …`);
    for (let round = 0; round <= rounds; round++) {
      for (const query of benchQueries) {
        const request = parseSearchParams(new URLSearchParams(query.params.map(([name, value]) => [name, value])));
        // Alternate which side goes first; round 0 warms both up and is not counted.
        for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
          const started = performance.now();
          await searchSections(side.client, side.uid, request);
          if (round > 0) side.times.push(performance.now() - started);
        }
      }
    }
    return { sections: written.sections, plans: written.plans, split, one: summariseLatencies(sides[0]?.times ?? []), two: summariseLatencies(sides[1]?.times ?? []) };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await rm(work, { recursive: true, force: true });
  }
}

/** The report: one line per side, ms p50 / p95 / p99. */
export function shardBenchReport(result: ShardBenchResult): string {
  const ms = (summary: LatencySummary) => `${summary.p50.toFixed(1)} / ${summary.p95.toFixed(1)} / ${summary.p99.toFixed(1)}`;
  return [
    `${result.sections} sections, ${result.plans} plans; over two shards ${result.split[0]} + ${result.split[1]} sections; ${result.one.count} queries per side`,
    '| | ms p50 / p95 / p99 |',
    '| --- | ---: |',
    `| one Meilisearch | ${ms(result.one)} |`,
    `| two shards (remote federated search) | ${ms(result.two)} |`,
  ].join('\n');
}
