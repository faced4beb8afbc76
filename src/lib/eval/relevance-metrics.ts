/**
 * Relevance measures of a ranked result list against what must be found: recall at k and the
 * reciprocal rank, averaged per query group (mean reciprocal rank, MRR).
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
  reciprocalRank: number;
  /** Expected entries not in the first k hits. */
  missed: string[];
}

/** Mean recall@k and MRR of a group of queries. */
export interface GroupScore {
  group: string;
  queries: number;
  recall: number;
  mrr: number;
}

/** Score one query's hits. */
export function scoreQuery(group: string, q: string, hits: readonly string[], expected: readonly string[], k = 10): QueryScore {
  return {
    group,
    q,
    recall: recallAt(hits, expected, k),
    reciprocalRank: reciprocalRank(hits, expected, k),
    missed: expected.filter((entry) => !hits.slice(0, k).some((hit) => hitMatches(hit, entry))),
  };
}

/** Per-group means, in order of first appearance, then "all" over every query. */
export function scoreGroups(scores: readonly QueryScore[]): GroupScore[] {
  const groups = [...new Set(scores.map((score) => score.group))];
  const mean = (group: string, of: readonly QueryScore[]): GroupScore => ({
    group,
    queries: of.length,
    recall: of.reduce((sum, score) => sum + score.recall, 0) / of.length,
    mrr: of.reduce((sum, score) => sum + score.reciprocalRank, 0) / of.length,
  });
  return [...groups.map((group) => mean(group, scores.filter((score) => score.group === group))), mean('all', scores)];
}
