/**
 * Align the sections of a plan with those of the plan it restates, in order: a pair where the
 * numbering is the same and the text agrees, or where the text alone agrees (a district plan that
 * renumbers "3." as "2.3."); sections left over belong to one side only.
 */
import { bagSimilarity, textSimilarity, wordBag, type WordBag } from './text-similarity.ts';

/** What alignment reads of a section. */
export interface AlignableSection {
  /** Number path ("III.2.4"); "" for the preamble and unnumbered headings. */
  path: string;
  heading: string;
  text: string;
}

/** One row of an alignment: a pair, or a section of one side only. */
export type AlignmentRow<S extends AlignableSection> =
  | { kind: 'pair'; a: S; b: S; similarity: number; by: 'number' | 'text' }
  | { kind: 'only-a'; a: S }
  | { kind: 'only-b'; b: S };

/** Least similarity for a pair by text alone. */
export const minTextSimilarity = 0.35;
/** Least similarity for a pair whose numbering is the same (the numbers vouch for the rest). */
export const minNumberedSimilarity = 0.15;
// A same-numbered pair is preferred over an equally similar pair by text alone.
const sameNumberBonus = 0.2;

/** The heading without its own number ("2.3. Tiếp tục đổi mới" → "Tiếp tục đổi mới"). */
function headingWords(heading: string): string {
  return heading.replace(/^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)\-:]\s*/iu, '');
}

/** What a section is compared on: heading (without its number) and text together. */
function sectionText(section: AlignableSection): string {
  return `${headingWords(section.heading)} ${section.text}`;
}

/** Similarity of two sections: heading (without its number) and text together. */
export function sectionSimilarity(a: AlignableSection, b: AlignableSection): number {
  return textSimilarity(sectionText(a), sectionText(b));
}

/**
 * The order-keeping alignment of `a` (the restating plan) with `b` (the plan restated) that
 * maximises the summed similarity of its pairs (a Needleman–Wunsch table, gaps free).
 */
export function alignSections<S extends AlignableSection>(a: readonly S[], b: readonly S[]): AlignmentRow<S>[] {
  const bagsB: WordBag[] = b.map((section) => wordBag(sectionText(section)));
  const gain = a.map((left) => {
    const bagA = wordBag(sectionText(left));
    return b.map((right, j) => {
      const similarity = bagSimilarity(bagA, bagsB[j] ?? wordBag(''));
      const sameNumber = left.path !== '' && left.path === right.path;
      const allowed = similarity >= (sameNumber ? minNumberedSimilarity : minTextSimilarity);
      return { similarity, sameNumber, score: allowed ? similarity + (sameNumber ? sameNumberBonus : 0) : -1 };
    });
  });
  // best[i][j]: best total over a[i..] and b[j..].
  const best = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      const score = gain[i]?.[j]?.score ?? -1;
      const paired = score < 0 ? -1 : score + (best[i + 1]?.[j + 1] ?? 0);
      best[i]![j] = Math.max(paired, best[i + 1]?.[j] ?? 0, best[i]?.[j + 1] ?? 0);
    }
  }
  const rows: AlignmentRow<S>[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const left = a[i];
    const right = b[j];
    if (left === undefined) { rows.push({ kind: 'only-b', b: right! }); j += 1; continue; }
    if (right === undefined) { rows.push({ kind: 'only-a', a: left }); i += 1; continue; }
    const cell = gain[i]![j]!;
    if (cell.score >= 0 && best[i]![j] === cell.score + (best[i + 1]?.[j + 1] ?? 0)) {
      rows.push({ kind: 'pair', a: left, b: right, similarity: cell.similarity, by: cell.sameNumber ? 'number' : 'text' });
      i += 1;
      j += 1;
    } else if (best[i]![j] === (best[i + 1]?.[j] ?? 0)) {
      rows.push({ kind: 'only-a', a: left });
      i += 1;
    } else {
      rows.push({ kind: 'only-b', b: right });
      j += 1;
    }
  }
  return rows;
}
