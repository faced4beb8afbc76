/**
 * `npm run eval [-- --url http://127.0.0.1:4321] [--update-baseline]`
 * Relevance on the committed query set: recall@10 and MRR per query group, against the baseline.
 *   1. Read the query set (tests/fixtures/eval/queries.yaml) and the baseline (baseline.json).
 *   2. Search: through a running site's /api/search (--url), or else the site's own search module
 *      on a throw-away Meilisearch holding the committed plans.
 *   3. Print the table; exit 1 when a group falls below the baseline (--update-baseline rewrites it).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startBenchMeili } from '../src/lib/bench/bench-stack.ts';
import { describeRegressions, findRegressions, scoresToBaseline, type EvalBaseline } from '../src/lib/eval/eval-baseline.ts';
import { parseEvalQueries } from '../src/lib/eval/eval-queries.ts';
import { formatEvalReport } from '../src/lib/eval/eval-report.ts';
import { runEval, searchIdsOverHttp, type EvalResult } from '../src/lib/eval/run-eval.ts';
import { searchIdsDirect } from '../src/lib/eval/search-ids.ts';
import { createClient } from '../src/lib/meilisearch/client.ts';
import { loadCorpus } from '../src/lib/meilisearch/load-corpus.ts';
import { reindex } from '../src/lib/meilisearch/reindex.ts';

const { values } = parseArgs({ options: { url: { type: 'string' }, 'update-baseline': { type: 'boolean', default: false } } });
const root = resolve(import.meta.dirname, '..');
const queriesFile = resolve(root, 'tests/fixtures/eval/queries.yaml');
const baselineFile = resolve(root, 'tests/fixtures/eval/baseline.json');

// 1. The query set and the baseline.
const queries = parseEvalQueries('tests/fixtures/eval/queries.yaml', await readFile(queriesFile, 'utf8'));
const baseline = JSON.parse(await readFile(baselineFile, 'utf8').catch(() => '{}')) as EvalBaseline;

// 2. Search every query.
let result: EvalResult;
if (values.url !== undefined) {
  result = await runEval(queries, searchIdsOverHttp(values.url.replace(/\/+$/, '')));
} else {
  const meili = await startBenchMeili();
  try {
    const client = createClient(meili.server.url, meili.masterKey);
    await reindex(await loadCorpus(resolve(root, 'content')), { client, prefix: 'eval-', force: true });
    result = await runEval(queries, searchIdsDirect(client, 'eval-sections'));
  } finally {
    await meili.stop();
  }
}

// 3. Report and compare.
console.log(formatEvalReport(result.groups, result.queries));
if (values['update-baseline']) {
  await writeFile(baselineFile, `${JSON.stringify(scoresToBaseline(result.groups), null, 2)}\n`);
  console.log(`\nBaseline written to tests/fixtures/eval/baseline.json`);
} else {
  const regressions = findRegressions(result.groups, baseline);
  if (regressions.length > 0) {
    console.error(`\nBelow the baseline (tests/fixtures/eval/baseline.json):\n${describeRegressions(regressions)}`);
    process.exit(1);
  }
}
