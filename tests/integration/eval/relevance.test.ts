import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { describeRegressions, findRegressions, type EvalBaseline } from '../../../src/lib/eval/eval-baseline.ts';
import { parseEvalQueries } from '../../../src/lib/eval/eval-queries.ts';
import { formatEvalReport } from '../../../src/lib/eval/eval-report.ts';
import { runEval, searchIdsOverHttp } from '../../../src/lib/eval/run-eval.ts';

const queries = parseEvalQueries('tests/fixtures/eval/queries.yaml', readFileSync('tests/fixtures/eval/queries.yaml', 'utf8'));
const baseline = JSON.parse(readFileSync('tests/fixtures/eval/baseline.json', 'utf8')) as EvalBaseline;

describe('relevance on the committed query set, through /api/search', () => {
  it('covers every group of the issue: diacritics, none, phrases, abbreviations, OCR words, old and new province', () => {
    expect([...new Set(queries.map((q) => q.group))]).toEqual(['diacritics', 'no-diacritics', 'phrase', 'abbreviation', 'ocr', 'province-old', 'province-new']);
    expect(Object.keys(baseline)).toEqual([...new Set(queries.map((q) => q.group)), 'all']);
  });

  it('keeps recall@10 and MRR of every group at or above the committed baseline', async () => {
    const result = await runEval(queries, searchIdsOverHttp(inject('siteUrl')));
    const regressions = findRegressions(result.groups, baseline);
    expect(describeRegressions(regressions), formatEvalReport(result.groups, result.queries)).toBe('');
  });
});
