import { describe, expect, it } from 'vitest';
import { describeRegressions, findRegressions, scoresToBaseline } from '../../../src/lib/eval/eval-baseline.ts';
import { evalQueryToParams, parseEvalQueries } from '../../../src/lib/eval/eval-queries.ts';
import { hitMatches, recallAt, reciprocalRank, scoreGroups, scoreQuery } from '../../../src/lib/eval/relevance-metrics.ts';
import { runEval } from '../../../src/lib/eval/run-eval.ts';

describe('hitMatches', () => {
  it('matches a section id exactly and a bare plan slug by any of its sections', () => {
    expect(hitMatches('a__ii-1', 'a__ii-1')).toBe(true);
    expect(hitMatches('a__ii-1', 'a__ii')).toBe(false);
    expect(hitMatches('a__ii-1', 'a')).toBe(true);
    expect(hitMatches('ab__ii-1', 'a')).toBe(false);
  });
});

describe('recallAt and reciprocalRank', () => {
  const hits = ['p__i', 'p__ii', 'q__mo-dau', 'q__i'];

  it('counts the expected sections among the first k hits', () => {
    expect(recallAt(hits, ['p__ii', 'q__i'], 4)).toBe(1);
    expect(recallAt(hits, ['p__ii', 'q__i'], 3)).toBe(0.5);
    expect(recallAt(hits, ['r__i'], 10)).toBe(0);
  });

  it('takes 1 / rank of the first expected hit, 0 beyond k', () => {
    expect(reciprocalRank(hits, ['q__mo-dau', 'p__ii'], 10)).toBe(0.5);
    expect(reciprocalRank(hits, ['q'], 10)).toBeCloseTo(1 / 3);
    expect(reciprocalRank(hits, ['q__i'], 3)).toBe(0);
  });
});

describe('scoreGroups', () => {
  it('averages per group in order of first appearance and adds "all"', () => {
    const scores = [
      scoreQuery('ocr', 'a', ['x__i'], ['x__i']),
      scoreQuery('phrase', 'b', ['y__i', 'x__i'], ['x__i', 'z__i']),
      scoreQuery('ocr', 'c', [], ['x__i']),
    ];
    expect(scores[1]?.missed).toEqual(['z__i']);
    expect(scoreGroups(scores)).toEqual([
      { group: 'ocr', queries: 2, recall: 0.5, success: 0.5, mrr: 0.5 },
      { group: 'phrase', queries: 1, recall: 0.5, success: 0, mrr: 0.5 },
      { group: 'all', queries: 3, recall: 0.5, success: 1 / 3, mrr: 0.5 },
    ]);
  });
});

describe('scoreQuery', () => {
  it('scores a query that must find nothing 1 on no hits and 0 on any hit', () => {
    expect(scoreQuery('absent', 'qwertyzz', [], [])).toEqual({ group: 'absent', q: 'qwertyzz', recall: 1, success: 1, reciprocalRank: 1, missed: [] });
    expect(scoreQuery('absent', 'qwertyzz', ['p__i'], [])).toEqual({ group: 'absent', q: 'qwertyzz', recall: 0, success: 0, reciprocalRank: 0, missed: ['any hit'] });
  });

  it('scores 0 a query whose first hits hold a rejected document, and names it', () => {
    expect(scoreQuery('similar-number', '57-NQ/TW', ['b__i', 'a__mo-dau'], ['b'], 10, ['a'])).toEqual({
      group: 'similar-number', q: '57-NQ/TW', recall: 0, success: 0, reciprocalRank: 0, missed: ['not: a'],
    });
    expect(scoreQuery('similar-number', '57-NQ/TW', ['b__i', 'a__mo-dau'], ['b'], 1, ['a']).success).toBe(1);
  });
});

describe('findRegressions', () => {
  const groups = [{ group: 'ocr', queries: 2, recall: 0.75, success: 0.5, mrr: 0.6 }];

  it('reports a group below its baseline and tolerates rounding to 3 decimals', () => {
    expect(findRegressions(groups, { ocr: { recall: 0.75, mrr: 0.6004 } })).toEqual([]);
    const regressions = findRegressions(groups, { ocr: { recall: 0.875, mrr: 0.5 }, phrase: { recall: 0.5, mrr: 0 } });
    expect(describeRegressions(regressions)).toBe(
      'group "ocr": recall@10 0.750 < baseline 0.875\ngroup "phrase": recall@10 0.000 < baseline 0.500',
    );
  });

  it('writes a baseline rounded to 3 decimals', () => {
    expect(scoresToBaseline([{ group: 'all', queries: 3, recall: 2 / 3, success: 1 / 3, mrr: 0.5 }])).toEqual({ all: { recall: 0.667, success: 0.333, mrr: 0.5 } });
  });

  it('reports success@1 below its baseline', () => {
    expect(describeRegressions(findRegressions(groups, { ocr: { recall: 0.75, success: 1, mrr: 0.6 } }))).toBe('group "ocr": success@1 0.500 < baseline 1.000');
  });
});

describe('parseEvalQueries', () => {
  it('reads groups of queries with their parameters and expected sections', () => {
    const queries = parseEvalQueries('q.yaml', 'groups:\n  province-new:\n    - q: kế hoạch\n      params: { province: "56", level: [district, province] }\n      expect: [phan-rang-256-kh-tu-2023]\n');
    expect(queries).toEqual([
      { group: 'province-new', q: 'kế hoạch', params: { province: ['56'], level: ['district', 'province'] }, expect: ['phan-rang-256-kh-tu-2023'], reject: [], note: null },
    ]);
    expect(evalQueryToParams(queries[0]!).toString()).toBe('q=k%E1%BA%BF+ho%E1%BA%A1ch&province=56&level=district&level=province');
  });

  it('names the file and the bad entry', () => {
    expect(() => parseEvalQueries('q.yaml', 'groups:\n  ocr:\n    - q: x\n      expect: ["Bad Id"]\n')).toThrow(
      'q.yaml: groups.ocr.0.expect.0: must be a section id "plan-slug__anchor" or a plan slug; see the comment at the top of the file for the format',
    );
  });
});

describe('runEval', () => {
  it('sends each query with its parameters and names the query whose search failed', async () => {
    const queries = parseEvalQueries('q.yaml', 'groups:\n  g:\n    - q: a\n      params: { level: district }\n      expect: [p__i]\n');
    const seen: string[] = [];
    const result = await runEval(queries, async (params) => {
      seen.push(params.toString());
      return ['p__ii', 'p__i'];
    });
    expect(seen).toEqual(['q=a&level=district']);
    expect(result.groups[0]).toEqual({ group: 'g', queries: 1, recall: 1, success: 0, mrr: 0.5 });
    await expect(runEval(queries, async () => { throw new Error('down'); })).rejects.toThrow('eval: search for [g] "a" failed');
  });
});
