import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { describeRegressions, findRegressions, type EvalBaseline } from '../../../src/lib/eval/eval-baseline.ts';
import { loadEvalCorpus } from '../../../src/lib/eval/eval-corpus.ts';
import { parseEvalQueries } from '../../../src/lib/eval/eval-queries.ts';
import { formatEvalReport } from '../../../src/lib/eval/eval-report.ts';
import { runEval } from '../../../src/lib/eval/run-eval.ts';
import { searchIdsDirect } from '../../../src/lib/eval/search-ids.ts';
import { createClient } from '../../../src/lib/meilisearch/client.ts';
import { reindex } from '../../../src/lib/meilisearch/reindex.ts';

const read = (file: string) => readFileSync(file, 'utf8');
const tuned = parseEvalQueries('tests/fixtures/eval/queries.yaml', read('tests/fixtures/eval/queries.yaml'));
const heldOut = parseEvalQueries('tests/fixtures/eval/held-out.yaml', read('tests/fixtures/eval/held-out.yaml'));
const tunedBaseline = JSON.parse(read('tests/fixtures/eval/baseline.json')) as EvalBaseline;
const heldOutBaseline = JSON.parse(read('tests/fixtures/eval/held-out-baseline.json')) as EvalBaseline;
const newGroups = ['long-sentence', 'number', 'title', 'parent-heading', 'absent', 'similar-number'];

// The site's own search module on the evaluation corpus (committed plans and real documents), in an index of its own.
const prefix = `${inject('meiliIndexPrefix')}eval_`;
const client = createClient(inject('meiliHost'), inject('meiliMasterKey'));
const search = searchIdsDirect(client, `${prefix}sections`);

beforeAll(async () => {
  await reindex(await loadEvalCorpus(process.cwd()), { client, prefix, force: true });
});

describe('relevance on the committed query sets, through the site\'s search module', () => {
  it('covers every group: diacritics, none, phrases, abbreviations, OCR words, old and new province, and the groups of issue 13, held out too', () => {
    expect([...new Set(tuned.map((q) => q.group))]).toEqual(['diacritics', 'no-diacritics', 'phrase', 'abbreviation', 'ocr', 'province-old', 'province-new', ...newGroups]);
    // Held out too: quoted words typed with marks, whose spelling Meilisearch keeps (written before that change).
    expect([...new Set(heldOut.map((q) => q.group))]).toEqual([...newGroups, 'phrase']);
    expect(Object.keys(tunedBaseline)).toEqual([...new Set(tuned.map((q) => q.group)), 'all']);
    expect(Object.keys(heldOutBaseline)).toEqual([...newGroups, 'phrase', 'all']);
  });

  it('keeps recall@10, success@1 and MRR of every tuned group at or above the committed baseline', async () => {
    const result = await runEval(tuned, search);
    expect(describeRegressions(findRegressions(result.groups, tunedBaseline)), formatEvalReport(result.groups, result.queries)).toBe('');
  });

  it('keeps every held-out group at or above its committed baseline', async () => {
    const result = await runEval(heldOut, search);
    expect(describeRegressions(findRegressions(result.groups, heldOutBaseline)), formatEvalReport(result.groups, result.queries)).toBe('');
  });
});
