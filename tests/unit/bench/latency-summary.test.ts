import { describe, expect, it } from 'vitest';
import { percentile, summariseLatencies } from '../../../src/lib/bench/latency-summary.ts';
import { parseProcStatus } from '../../../src/lib/bench/process-memory.ts';

describe('percentile', () => {
  it('takes the nearest rank: p50 of 1..10 is 5, p95 is 10', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 10)).toBe(1);
  });

  it('is NaN for no values', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summariseLatencies', () => {
  it('sorts the values before taking percentiles, max and mean', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summariseLatencies(values)).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, max: 100, mean: 50.5 });
  });
});

describe('parseProcStatus', () => {
  it('reads the high-water mark and the resident set in bytes', () => {
    const status = 'Name:\tmeilisearch\nVmPeak:\t 9000 kB\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n';
    expect(parseProcStatus(status)).toEqual({ peak: 204800 * 1024, current: 102400 * 1024 });
  });

  it('says which line is missing', () => {
    expect(() => parseProcStatus('Name:\tx\n')).toThrow('/proc status has no "VmHWM" line; is this Linux and is the process alive?');
  });
});
