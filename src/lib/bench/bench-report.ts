/**
 * The Markdown report of a benchmark run: the machine, then one row per corpus size with ingest
 * times, search latencies and peak memory, each ratio checked against its target.
 */
import type { LatencySummary } from './latency-summary.ts';
import type { Machine } from './machine.ts';

/** The figures of one corpus size. */
export interface SizeResult {
  sections: number;
  plans: number;
  /** The project's pipeline: read + parse + normalise + index (parsing overlaps indexing), seconds. */
  pipelineSeconds: number;
  /** Reading and turning the plans into documents, timed on its own, seconds. */
  parseSeconds: number;
  /** Meilisearch's own ingest of the same documents with the same settings, seconds. */
  meiliSeconds: number;
  /** Meilisearch's ingest of the same sections as plain `{ id, heading, text }` documents under default settings, seconds. */
  plainSeconds: number;
  /** Pipeline ÷ Meilisearch of each run (the two measured back to back); the times above are medians. */
  ingestRatios: number[];
  site: LatencySummary;
  meili: LatencySummary;
  /** Peak resident memory in bytes. */
  indexerPeak: number;
  meiliPeak: number;
  sitePeak: number;
}

/** Targets from the issue: pipeline ≤ 1.25 × Meilisearch's ingest; site p95 ≤ 1.2 × Meilisearch p95 + 5 ms. */
export const targets = { ingestRatio: 1.25, latencyFactor: 1.2, latencySlackMs: 5 } as const;

/**
 * The ingest ratio and the site's p95 allowance of a result, and whether each target is met. The
 * ratio is the median of the runs' own ratios: each run times the pipeline and Meilisearch's own
 * ingest one after the other, so a slow spell of a shared machine weighs on both sides of a run's
 * ratio, where it would weigh on one side only of a ratio of the median times.
 */
export function checkTargets(result: SizeResult): { ingestRatio: number; ingestOk: boolean; p95Allowed: number; latencyOk: boolean } {
  const ingestRatio = median(result.ingestRatios);
  const p95Allowed = targets.latencyFactor * result.meili.p95 + targets.latencySlackMs;
  return { ingestRatio, ingestOk: ingestRatio <= targets.ingestRatio, p95Allowed, latencyOk: result.site.p95 <= p95Allowed };
}

/** The median; the mean of the two middle values of an even count. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 === 1 ? (sorted[Math.floor(middle)] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const mib = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MiB`;
const ms = (value: number): string => value.toFixed(1);
const mark = (ok: boolean): string => (ok ? '✅' : '❌');

/** The whole report: machine line, ingest table, latency table, memory table. */
export function formatBenchReport(machine: Machine, results: readonly SizeResult[], queries: number): string {
  const ingest = results.map((r) => {
    const t = checkTargets(r);
    return `| ${r.sections.toLocaleString('en')} | ${r.plans.toLocaleString('en')} | ${r.pipelineSeconds.toFixed(1)} (parse ${r.parseSeconds.toFixed(1)}) | ${r.meiliSeconds.toFixed(1)} | ${r.plainSeconds.toFixed(1)} | ${t.ingestRatio.toFixed(2)} ${mark(t.ingestOk)} | ${r.ingestRatios.map((ratio) => ratio.toFixed(2)).join(', ')} | ${Math.round(r.sections / r.pipelineSeconds).toLocaleString('en')} |`;
  });
  const latency = results.map((r) => {
    const t = checkTargets(r);
    return `| ${r.sections.toLocaleString('en')} | ${ms(r.site.p50)} / ${ms(r.site.p95)} / ${ms(r.site.p99)} | ${ms(r.meili.p50)} / ${ms(r.meili.p95)} / ${ms(r.meili.p99)} | ${(r.site.p95 / r.meili.p95).toFixed(2)} | ${ms(t.p95Allowed)} ${mark(t.latencyOk)} |`;
  });
  const memory = results.map((r) => `| ${r.sections.toLocaleString('en')} | ${mib(r.indexerPeak)} | ${mib(r.meiliPeak)} | ${mib(r.sitePeak)} |`);
  return [
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, Meilisearch ${machine.meilisearch}`,
    '',
    `Ingest (seconds, median of the runs; parse: the parsing alone, which the pipeline overlaps with indexing; ratio: median of the runs' pipeline ÷ Meilisearch, each run timing both back to back; target: ratio ≤ ${targets.ingestRatio}; plain: Meilisearch's ingest of the same sections as heading + text documents under default settings)`,
    '',
    '| sections | plans | pipeline s | Meilisearch s | Meilisearch plain s | ratio | ratio per run | sections/s |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...ingest,
    '',
    `Search latency over ${queries} mixed queries, ms p50 / p95 / p99; Meilisearch direct: the very requests the site sends for the query (target: site p95 ≤ ${targets.latencyFactor} × Meilisearch p95 + ${targets.latencySlackMs} ms)`,
    '',
    '| sections | site /api/search | Meilisearch direct | p95 ratio | site p95 allowed |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...latency,
    '',
    'Peak memory (VmHWM)',
    '',
    '| sections | indexer | Meilisearch | site |',
    '| ---: | ---: | ---: | ---: |',
    ...memory,
  ].join('\n');
}
