/**
 * A committed relevance baseline (`tests/fixtures/eval/baseline.json`, `held-out-baseline.json`):
 * the recall@10, success@1 and MRR per group that a change must not go below.
 */
import type { GroupScore } from './relevance-metrics.ts';

/** Baseline figures per group name. */
export type EvalBaseline = Record<string, { recall: number; success?: number; mrr: number }>;

/** A group whose figure fell below the baseline. */
export interface Regression {
  group: string;
  measure: 'recall@10' | 'success@1' | 'MRR';
  baseline: number;
  measured: number;
}

// Rounding slack: the baseline is stored with 3 decimals.
const slack = 0.0005;

/** The baseline as it would be written for these scores (3 decimals). */
export function scoresToBaseline(scores: readonly GroupScore[]): EvalBaseline {
  const round = (value: number): number => Math.round(value * 1000) / 1000;
  return Object.fromEntries(scores.map((score) => [score.group, { recall: round(score.recall), success: round(score.success), mrr: round(score.mrr) }]));
}

/** Every group and measure below its baseline; a baseline group that was not measured counts as 0. */
export function findRegressions(scores: readonly GroupScore[], baseline: EvalBaseline): Regression[] {
  return Object.entries(baseline).flatMap(([group, expected]) => {
    const score = scores.find((s) => s.group === group);
    const measured = { recall: score?.recall ?? 0, success: score?.success ?? 0, mrr: score?.mrr ?? 0 };
    const regressions: Regression[] = [];
    if (measured.recall < expected.recall - slack) regressions.push({ group, measure: 'recall@10', baseline: expected.recall, measured: measured.recall });
    if (expected.success !== undefined && measured.success < expected.success - slack) regressions.push({ group, measure: 'success@1', baseline: expected.success, measured: measured.success });
    if (measured.mrr < expected.mrr - slack) regressions.push({ group, measure: 'MRR', baseline: expected.mrr, measured: measured.mrr });
    return regressions;
  });
}

/** One line per regression: `group "ocr": recall@10 0.750 < baseline 0.875`. */
export function describeRegressions(regressions: readonly Regression[]): string {
  return regressions.map((r) => `group "${r.group}": ${r.measure} ${r.measured.toFixed(3)} < baseline ${r.baseline.toFixed(3)}`).join('\n');
}
