/** The Markdown report of a relevance evaluation. */
import type { GroupScore, QueryScore } from './relevance-metrics.ts';

/** A table of recall@10, success@1 and MRR per group, then the queries that missed something. */
export function formatEvalReport(groups: readonly GroupScore[], queries: readonly QueryScore[]): string {
  const lines = [
    '| group | queries | recall@10 | success@1 | MRR |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...groups.map((g) => `| ${g.group} | ${g.queries} | ${g.recall.toFixed(3)} | ${g.success.toFixed(3)} | ${g.mrr.toFixed(3)} |`),
  ];
  const misses = queries.filter((query) => query.missed.length > 0);
  if (misses.length > 0) {
    lines.push('', 'Missed in the first 10 hits:');
    for (const query of misses) lines.push(`- [${query.group}] "${query.q}": ${query.missed.join(', ')}`);
  }
  return lines.join('\n');
}
