/** The Markdown report of a load run. */
import type { LoadResult } from './load-run.ts';

const ms = (value: number): string => (Number.isNaN(value) ? '–' : value.toFixed(1));

/** A Markdown table of a load run's throughput, latency percentiles and errors. */
export function formatLoadReport(result: LoadResult, connections: number, target: string): string {
  const statuses = Object.entries(result.statuses).map(([status, count]) => `${status}: ${count}`).join(', ');
  const lines = [
    `Load: ${connections} connections for ${result.seconds.toFixed(1)} s against ${target}`,
    '',
    '| requests | requests/s | p50 ms | p95 ms | p99 ms | max ms | errors | statuses |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    `| ${result.requests} | ${result.requestsPerSecond.toFixed(0)} | ${ms(result.latency.p50)} | ${ms(result.latency.p95)} | ${ms(result.latency.p99)} | ${ms(result.latency.max)} | ${result.errors} | ${statuses} |`,
  ];
  if (result.errorSamples.length > 0) lines.push('', 'First errors:', ...result.errorSamples.map((sample) => `- ${sample}`));
  return lines.join('\n');
}
