/**
 * `npm run eval [-- --url http://127.0.0.1:4321] [--update-baseline]`
 * Relevance: recall@10, success@1 and MRR per query group, on the tuned query set and, apart, on
 * the held-out one, each against its committed baseline.
 *   1. Read the query sets (tests/fixtures/eval/queries.yaml, held-out.yaml) and their baselines.
 *   2. Search: through a running site's /api/search (--url, which serves its own corpus), or else
 *      the site's own search module on a throw-away Meilisearch holding the evaluation corpus
 *      (CONTENT_DIR's plans, by default content/plans, and tests/fixtures/eval-corpus/plans).
 *   3. Print a table per set; exit 1 when a group falls below its baseline (--update-baseline rewrites them).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startBenchMeili } from '../src/lib/bench/bench-stack.ts';
import { configOrExit } from '../src/lib/config.ts';
import { describeRegressions, findRegressions, scoresToBaseline, type EvalBaseline } from '../src/lib/eval/eval-baseline.ts';
import { loadEvalCorpus } from '../src/lib/eval/eval-corpus.ts';
import { parseEvalQueries } from '../src/lib/eval/eval-queries.ts';
import { formatEvalReport } from '../src/lib/eval/eval-report.ts';
import { runEval, searchIdsOverHttp, type SearchIds } from '../src/lib/eval/run-eval.ts';
import { searchIdsDirect } from '../src/lib/eval/search-ids.ts';
import { createClient } from '../src/lib/meilisearch/client.ts';
import { reindex } from '../src/lib/meilisearch/reindex.ts';

const config = configOrExit();
const { values } = parseArgs({ options: { url: { type: 'string' }, 'update-baseline': { type: 'boolean', default: false } } });
const root = resolve(import.meta.dirname, '..');
const sets = [
  { name: 'tuned', queries: 'tests/fixtures/eval/queries.yaml', baseline: 'tests/fixtures/eval/baseline.json' },
  { name: 'held-out', queries: 'tests/fixtures/eval/held-out.yaml', baseline: 'tests/fixtures/eval/held-out-baseline.json' },
];

// 1. The query sets and their baselines.
const loaded = await Promise.all(sets.map(async (set) => ({
  ...set,
  queries: parseEvalQueries(set.queries, await readFile(resolve(root, set.queries), 'utf8')),
  expected: JSON.parse(await readFile(resolve(root, set.baseline), 'utf8').catch(() => '{}')) as EvalBaseline,
})));

// 2. Search every query of every set.
async function evaluate(search: SearchIds) {
  return Promise.all(loaded.map(async (set) => ({ set, result: await runEval(set.queries, search) })));
}
let results: Awaited<ReturnType<typeof evaluate>>;
if (values.url !== undefined) {
  results = await evaluate(searchIdsOverHttp(values.url.replace(/\/+$/, '')));
} else {
  const meili = await startBenchMeili();
  try {
    const client = createClient(meili.server.url, meili.masterKey);
    await reindex(await loadEvalCorpus(root, config.CONTENT_DIR), { client, prefix: 'eval-', force: true });
    results = await evaluate(searchIdsDirect(client, 'eval-sections'));
  } finally {
    await meili.stop();
  }
}

// 3. Report and compare.
let failed = false;
for (const { set, result } of results) {
  console.log(`\n## ${set.name} (${set.queries.length} queries)\n\n${formatEvalReport(result.groups, result.queries)}`);
  if (values['update-baseline']) {
    await writeFile(resolve(root, set.baseline), `${JSON.stringify(scoresToBaseline(result.groups), null, 2)}\n`);
    console.log(`\nBaseline written to ${set.baseline}`);
  } else {
    const regressions = findRegressions(result.groups, set.expected);
    if (regressions.length > 0) {
      console.error(`\nBelow the baseline (${set.baseline}):\n${describeRegressions(regressions)}`);
      failed = true;
    }
  }
}
if (failed) process.exit(1);
