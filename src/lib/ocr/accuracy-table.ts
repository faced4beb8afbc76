// The OCR accuracy figures as a small Markdown table, for the script and the README.

import type { RepairAccuracy } from './accuracy.ts';

const percent = (x: number): string => `${(100 * x).toFixed(1)} %`;

/** Formats an accuracy measurement as a Markdown table with a one-line summary above it. */
export function formatAccuracyTable(accuracy: RepairAccuracy, changedTokens: number): string {
  return [
    `Seed 004 against seed 000: ${accuracy.alignedSyllables} of ${accuracy.ocrTokens} OCR word tokens aligned ` +
      `(${percent(accuracy.alignedShare)}); ${changedTokens} tokens changed by the repair.`,
    '',
    '| text | exact | folded (no diacritics) |',
    '| --- | ---: | ---: |',
    `| OCR as read | ${percent(accuracy.before.exact)} | ${percent(accuracy.before.folded)} |`,
    `| repaired | ${percent(accuracy.after.exact)} | ${percent(accuracy.after.folded)} |`,
  ].join('\n');
}
