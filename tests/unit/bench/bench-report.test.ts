import { describe, expect, it } from 'vitest';
import { checkTargets, formatBenchReport, type SizeResult } from '../../../src/lib/bench/bench-report.ts';

const latency = (p95: number) => ({ count: 100, p50: p95 / 2, p95, p99: p95 * 1.5, max: p95 * 2, mean: p95 / 2 });

const result: SizeResult = {
  sections: 100_000,
  plans: 7000,
  pipelineSeconds: 120,
  parseSeconds: 30,
  meiliSeconds: 100,
  plainSeconds: 40,
  ingestRatios: [1.1, 1.2, 1.3],
  site: latency(30),
  meili: latency(20),
  indexerPeak: 512 * 2 ** 20,
  meiliPeak: 1024 * 2 ** 20,
  sitePeak: 128 * 2 ** 20,
};

describe('checkTargets', () => {
  it('meets the ingest target at 1.2 × and misses the latency one with 30 ms against 1.2 × 20 + 5 = 29 ms', () => {
    expect(checkTargets(result)).toEqual({ ingestRatio: 1.2, ingestOk: true, p95Allowed: 29, latencyOk: false });
  });

  it('fails the ingest target above 1.25 ×', () => {
    expect(checkTargets({ ...result, ingestRatios: [1.26] }).ingestOk).toBe(false);
  });

  it('judges the ingest by the median of the runs’ own ratios, not by the ratio of the median times', () => {
    // Medians 120 s ÷ 100 s = 1.2, but the runs, each timed back to back, say 1.1, 1.3 and 1.4.
    expect(checkTargets({ ...result, ingestRatios: [1.4, 1.1, 1.3] })).toMatchObject({ ingestRatio: 1.3, ingestOk: false });
    expect(checkTargets({ ...result, ingestRatios: [1.3, 1.1] }).ingestRatio).toBeCloseTo(1.2, 10);
    expect(checkTargets({ ...result, ingestRatios: [1.3, 1.1] }).ingestOk).toBe(true);
  });
});

describe('formatBenchReport', () => {
  it('prints the machine and one row per size in each table', () => {
    const report = formatBenchReport({ cores: 2, cpu: 'X', memoryGiB: 23.5, node: 'v24.0.0', meilisearch: '1.21.0' }, [result], 18);
    expect(report.split('\n')[0]).toBe('Machine: 2 cores (X), 23.5 GiB, Node v24.0.0, Meilisearch 1.21.0');
    expect(report).toContain('| 100,000 | 7,000 | 120.0 (parse 30.0) | 100.0 | 40.0 | 1.20 ✅ | 1.10, 1.20, 1.30 | 833 |');
    expect(report).toContain('| 100,000 | 15.0 / 30.0 / 45.0 | 10.0 / 20.0 / 30.0 | 1.50 | 29.0 ❌ |');
    expect(report).toContain('| 100,000 | 512 MiB | 1024 MiB | 128 MiB |');
  });
});
