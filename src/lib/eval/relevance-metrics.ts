/**
 * Relevance measures of a ranked result list against what must be found: recall at k, success at 1
 * and the reciprocal rank, averaged per query group (mean reciprocal rank, MRR). A query that must
 * find nothing scores 1 on an empty list and 0 otherwise; a rejected document among the first k
 * hits scores the query 0.
 */

/** True when a hit (`slug__anchor`) satisfies an expected entry (a section id or a bare plan slug). */
export function hitMatches(hitId: string, expected: string): boolean {
  return expected.includes('__') ? hitId === expected : hitId.startsWith(`${expected}__`);
}

/** Share of expected entries found among the first `k` hits. */
export function recallAt(hits: readonly string[], expected: readonly string[], k: number): number {
  const top = hits.slice(0, k);
  return expected.filter((entry) => top.some((hit) => hitMatches(hit, entry))).length / expected.length;
}

/** 1 / rank of the first hit that is expected, within the first `k`; 0 when none is. */
export function reciprocalRank(hits: readonly string[], expected: readonly string[], k: number): number {
  const rank = hits.slice(0, k).findIndex((hit) => expected.some((entry) => hitMatches(hit, entry)));
  return rank < 0 ? 0 : 1 / (rank + 1);
}

/** The scores of one query. */
export interface QueryScore {
  group: string;
  q: string;
  recall: number;
  /** 1 when the first hit is expected (or, for a query that must find nothing, when there is none). */
  success: number;
  reciprocalRank: number;
  /** Expected entries not in the first k hits, then rejected entries that are ("not: …"), then "any hit" for a query that must find nothing. */
  missed: string[];
}

/** Mean recall@k and MRR of a group of queries. */
export interface GroupScore {
  group: string;
  queries: number;
  recall: number;
  /** Share of queries whose first hit is right (success@1). */
  success: number;
  mrr: number;
}

/** Score one query's hits against what it must find and what it must not. */
export function scoreQuery(group: string, q: string, hits: readonly string[], expected: readonly string[], k = 10, rejected: readonly string[] = []): QueryScore {
  const top = hits.slice(0, k);
  if (expected.length === 0) {
    const score = hits.length === 0 ? 1 : 0;
    return { group, q, recall: score, success: score, reciprocalRank: score, missed: hits.length === 0 ? [] : ['any hit'] };
  }
  const wrong = rejected.filter((entry) => top.some((hit) => hitMatches(hit, entry)));
  const missed = [...expected.filter((entry) => !top.some((hit) => hitMatches(hit, entry))), ...wrong.map((entry) => `not: ${entry}`)];
  if (wrong.length > 0) return { group, q, recall: 0, success: 0, reciprocalRank: 0, missed };
  const reciprocal = reciprocalRank(hits, expected, k);
  return { group, q, recall: recallAt(hits, expected, k), success: reciprocal === 1 ? 1 : 0, reciprocalRank: reciprocal, missed };
}

/** Per-group means, in order of first appearance, then "all" over every query. */
export function scoreGroups(scores: readonly QueryScore[]): GroupScore[] {
  const groups = [...new Set(scores.map((score) => score.group))];
  const mean = (group: string, of: readonly QueryScore[]): GroupScore => ({
    group,
    queries: of.length,
    recall: of.reduce((sum, score) => sum + score.recall, 0) / of.length,
    success: of.reduce((sum, score) => sum + score.success, 0) / of.length,
    mrr: of.reduce((sum, score) => sum + score.reciprocalRank, 0) / of.length,
  });
  return [...groups.map((group) => mean(group, scores.filter((score) => score.group === group))), mean('all', scores)];
}
