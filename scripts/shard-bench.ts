/**
 * `npm run bench:shards [-- --sections 10000] [--rounds 10]`: a query on two shards against one Meilisearch.
 *   1. Generate the synthetic corpus (as `npm run bench` does) in a temporary folder.
 *   2. Start two embedded Meilisearch servers on free ports of 127.0.0.1, joined in one network.
 *   3. Index the corpus whole on the first, and over both as shards.
 *   4. Time the bench query set through the site's search module on each, alternately; print the table.
 */
import { fileURLToPath } from 'node:url';
import { runShardBench, shardBenchReport } from '../src/lib/bench/shard-latency.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`--${name} takes a whole number above 0\n`);
    process.exit(1);
  }
  return value;
};

const result = await runShardBench(root, option('sections', 10_000), option('rounds', 10), (line) => process.stderr.write(`${line}\n`));
console.log(shardBenchReport(result));
