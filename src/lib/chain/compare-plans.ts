/**
 * A plan side by side with the plan it restates: its sections aligned, word differences inside
 * each pair, the sections of one side only, and a summary of what is restated, added and dropped.
 */
import { alignSections, type AlignableSection } from './align-plans.ts';
import { countWords } from './text-similarity.ts';
import { countSegments, diffText, type DiffSegment, type WordCounts } from './word-diff.ts';

/** A section as the comparison shows it. */
export interface ComparedSection extends AlignableSection {
  anchor: string;
}

/** One row of the comparison. */
export type ComparisonRow =
  | { kind: 'pair'; a: ComparedSection; b: ComparedSection; by: 'number' | 'text'; similarity: number; heading: DiffSegment[]; text: DiffSegment[]; words: WordCounts }
  | { kind: 'only-a'; a: ComparedSection; words: number }
  | { kind: 'only-b'; b: ComparedSection; words: number };

/** What the comparison amounts to. */
export interface ComparisonSummary {
  sectionsA: number;
  sectionsB: number;
  pairs: number;
  pairsByNumber: number;
  onlyA: number;
  onlyB: number;
  /** Words of each plan (headings and text). */
  wordsA: number;
  wordsB: number;
  /** Words of B that A keeps, in its aligned sections. */
  restated: number;
  /** Words A has that B has not: inside pairs and in sections of A only. */
  added: number;
  /** Words B has that A has not: inside pairs and in sections of B only. */
  dropped: number;
}

export interface PlanComparison {
  rows: ComparisonRow[];
  summary: ComparisonSummary;
}

const sectionWords = (section: AlignableSection) => countWords(section.heading) + countWords(section.text);

/** Compare plan A (the restating one) with plan B (the one it restates), both as ordered sections. */
export function comparePlans(a: readonly ComparedSection[], b: readonly ComparedSection[]): PlanComparison {
  const rows = alignSections(a, b).map((row): ComparisonRow => {
    if (row.kind === 'only-a') return { kind: 'only-a', a: row.a, words: sectionWords(row.a) };
    if (row.kind === 'only-b') return { kind: 'only-b', b: row.b, words: sectionWords(row.b) };
    const heading = diffText(row.b.heading, row.a.heading);
    const text = diffText(row.b.text, row.a.text);
    const counts = [countSegments(heading), countSegments(text)];
    const words = counts.reduce((sum, next) => ({ same: sum.same + next.same, added: sum.added + next.added, removed: sum.removed + next.removed }));
    return { kind: 'pair', a: row.a, b: row.b, by: row.by, similarity: row.similarity, heading, text, words };
  });
  const summary: ComparisonSummary = {
    sectionsA: a.length,
    sectionsB: b.length,
    pairs: 0,
    pairsByNumber: 0,
    onlyA: 0,
    onlyB: 0,
    wordsA: a.reduce((sum, section) => sum + sectionWords(section), 0),
    wordsB: b.reduce((sum, section) => sum + sectionWords(section), 0),
    restated: 0,
    added: 0,
    dropped: 0,
  };
  for (const row of rows) {
    if (row.kind === 'pair') {
      summary.pairs += 1;
      if (row.by === 'number') summary.pairsByNumber += 1;
      summary.restated += row.words.same;
      summary.added += row.words.added;
      summary.dropped += row.words.removed;
    } else if (row.kind === 'only-a') {
      summary.onlyA += 1;
      summary.added += row.words;
    } else {
      summary.onlyB += 1;
      summary.dropped += row.words;
    }
  }
  return { rows, summary };
}

/** A share as a whole percentage of a total ("0 %" for an empty total). */
export function percent(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((100 * part) / total);
}
