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
  latency: { api: latency(16), page: latency(22), apiUncached: latency(24), bodies: latency(12), plain: latency(6) },
  throughput: [
    { connections: 16, api: 300, page: 150, plain: 600, errors: 0, errorSamples: [] },
    { connections: 64, api: 330, page: 160, plain: 500, errors: 0, errorSamples: [] },
  ],
  indexerPeak: 512 * 2 ** 20,
  meiliPeak: 1024 * 2 ** 20,
  sitePeak: 128 * 2 ** 20,
};

describe('checkTargets', () => {
  it('allows /api/search 2 × the plain p95 + 5 ms and the page 5 ms more: 17 and 22 ms against a plain 6 ms', () => {
    expect(checkTargets(result)).toMatchObject({ apiAllowed: 17, apiOk: true, pageAllowed: 22, pageOk: true });
    expect(checkTargets({ ...result, latency: { ...result.latency, api: latency(17.1), page: latency(22.1) } })).toMatchObject({ apiOk: false, pageOk: false });
  });

  it('judges throughput at 64 connections: 330 of 500 requests/s is 66 %, above the 60 % asked', () => {
    expect(checkTargets(result)).toMatchObject({ share: 0.66, shareOk: true });
    const slow = { ...result, throughput: [{ connections: 64, api: 290, page: 100, plain: 500, errors: 0, errorSamples: [] }] };
    expect(checkTargets(slow)).toMatchObject({ share: 0.58, shareOk: false });
    expect(checkTargets({ ...result, throughput: [] })).toMatchObject({ share: null, shareOk: null });
  });

  it('judges the ingest by the median of the runs’ own ratios, and not at all when it was not measured', () => {
    expect(checkTargets({ ...result, ingestRatios: [1.4, 1.1, 1.3] })).toMatchObject({ ingestRatio: 1.3, ingestOk: false });
    expect(checkTargets({ ...result, ingestRatios: [1.3, 1.1] }).ingestRatio).toBeCloseTo(1.2, 10);
    expect(checkTargets({ ...result, meiliSeconds: null, ingestRatios: [] })).toMatchObject({ ingestRatio: null, ingestOk: null });
  });
});

describe('formatBenchReport', () => {
  it('prints the machine and one row per size in each table, one per connection count for throughput', () => {
    const report = formatBenchReport({ cores: 2, cpu: 'X', memoryGiB: 23.5, node: 'v24.0.0', meilisearch: '1.21.0' }, [result], 18);
    expect(report.split('\n')[0]).toBe('Machine: 2 cores (X), 23.5 GiB, Node v24.0.0, Meilisearch 1.21.0');
    expect(report).toContain('| 100,000 | 7,000 | 120.0 (parse 30.0) | 100.0 | 40.0 | 1.20 ✅ | 1.10, 1.20, 1.30 | 833 |');
    expect(report).toContain('| 100,000 | 3.0 / 6.0 / 9.0 | 6.0 / 12.0 / 18.0 | 8.0 / 16.0 / 24.0 | 12.0 / 24.0 / 36.0 | 11.0 / 22.0 / 33.0 | 17.0 ✅ | 22.0 ✅ |');
    expect(report).toContain('| 100,000 | 16 | 600 | 300 | 150 | 50 % | 0 |');
    expect(report).toContain('| 100,000 | 64 | 500 | 330 | 160 | 66 % ✅ | 0 |');
    expect(report).toContain('| 100,000 | 512 MiB | 1024 MiB | 128 MiB |');
  });

  it('shows a dash for an ingest that was not measured', () => {
    const report = formatBenchReport({ cores: 2, cpu: 'X', memoryGiB: 23.5, node: 'v24.0.0', meilisearch: '1.21.0' }, [{ ...result, meiliSeconds: null, plainSeconds: null, ingestRatios: [] }], 18);
    expect(report).toContain('| 100,000 | 7,000 | 120.0 (parse 30.0) | – | – | – | – | 833 |');
  });

  it('adds the pasted sentences when measured, judged by the set\'s rule, and nothing when not', () => {
    const machine = { cores: 2, cpu: 'X', memoryGiB: 23.5, node: 'v24.0.0', meilisearch: '1.21.0' };
    const withPasted = formatBenchReport(machine, [{ ...result, pasted: { queries: 20, plain: latency(10), api: latency(26) } }], 18);
    expect(withPasted).toContain('| 100,000 | 20 | 5.0 / 10.0 / 15.0 | 13.0 / 26.0 / 39.0 | 25.0 ❌ |');
    expect(formatBenchReport(machine, [{ ...result, pasted: { queries: 20, plain: latency(10), api: latency(24) } }], 18)).toContain('| 25.0 ✅ |');
    expect(formatBenchReport(machine, [result], 18)).not.toContain('pasted');
  });
});
