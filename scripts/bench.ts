/**
 * `npm run bench [-- --sizes 10000,100000] [--huge] [--quick] [--rounds 20] [--repeat 1] [--reuse-build]
 *   [--latency-only] [--connections 16,64] [--load-seconds 10]`
 * Measures, per corpus size and on the same documents: the project's pipeline against
 * Meilisearch's own ingest (not with --latency-only), the latency of the site's /api/search and
 * page against a plain Meilisearch search and against the site's own Meilisearch requests, the
 * throughput of the site and of the plain search at each number of connections, and peak memory.
 *   1. Read the committed plans (CONTENT_DIR/plans and originals, by default content/) to recombine.
 *   2. Build the site into a folder of its own (--reuse-build keeps the previous bench build).
 *   3. For each size: synthetic corpus → fresh Meilisearch → pipeline → direct ingest → site → latency → throughput.
 *   4. Print the Markdown table with the machine it ran on.
 * Everything listens on 127.0.0.1; the run stops after --timeout seconds (default 3600).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatBenchReport, type SizeResult } from '../src/lib/bench/bench-report.ts';
import { buildSite } from '../src/lib/bench/bench-stack.ts';
import { readSourcePairs } from '../src/lib/bench/corpus-files.ts';
import { describeMachine } from '../src/lib/bench/machine.ts';
import { benchQueries } from '../src/lib/bench/query-set.ts';
import { runSize } from '../src/lib/bench/run-size.ts';
import { configOrExit } from '../src/lib/config.ts';
import { pinnedVersion } from '../src/lib/meilisearch/binary.ts';

const config = configOrExit();
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    huge: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    'reuse-build': { type: 'boolean', default: false },
    'latency-only': { type: 'boolean', default: false },
    connections: { type: 'string', default: '16,64' },
    'load-seconds': { type: 'string', default: '10' },
    timeout: { type: 'string', default: '3600' },
  },
});

const sizes = values.quick ? [2000] : [...values.sizes.split(',').map(Number), ...(values.huge ? [1_000_000] : [])];
const rounds = Number(values.rounds ?? (values.quick ? 5 : 20));
const repeat = Number(values.repeat);
const connections = values.connections.split(',').map(Number);
const loadSeconds = Number(values['load-seconds']);
if (sizes.some((size) => !Number.isInteger(size) || size < 100 || size > 2_000_000) || !(rounds >= 1) || !Number.isInteger(repeat) || repeat < 1) {
  console.error(`bench: --sizes must list whole numbers from 100 to 2000000 (got "${values.sizes}"), --rounds and --repeat must be at least 1`);
  process.exit(2);
}
if (connections.some((n) => !Number.isInteger(n) || n < 1 || n > 1024) || !(loadSeconds > 0 && loadSeconds <= 600)) {
  console.error(`bench: --connections must list whole numbers from 1 to 1024 (got "${values.connections}"), --load-seconds a number from 1 to 600`);
  process.exit(2);
}
const timer = setTimeout(() => {
  console.error(`bench: stopped after --timeout ${values.timeout} s; the servers it started are stopped with it`);
  process.exit(3);
}, Number(values.timeout) * 1000);
timer.unref();

const root = resolve(import.meta.dirname, '..');
const log = (line: string): void => void process.stderr.write(`${line}\n`);

// 1. The committed plans to recombine.
const sources = await readSourcePairs(config.CONTENT_DIR);

// 2. The built site.
log('bench: building the site …');
const entry = await buildSite(root, values['reuse-build']);

// 3. Each size in turn, on a fresh Meilisearch.
const results: SizeResult[] = [];
for (const size of sizes) {
  log(`bench: ${size} sections`);
  results.push(await runSize({ root, entry, sources, sections: size, rounds, repeat, latencyOnly: values['latency-only'], connections, loadSeconds, log }));
  // The figures so far, so that a run cut short by --timeout still leaves its completed sizes.
  if (size !== sizes.at(-1)) log(formatBenchReport(describeMachine(pinnedVersion), results, benchQueries.length * rounds));
}

// 4. The report.
console.log(formatBenchReport(describeMachine(pinnedVersion), results, benchQueries.length * rounds));
