/**
 * Numbering styles of Vietnamese administrative documents: their rank (which encloses which), the
 * order a number gives its point among its siblings, and how a heading writes the number.
 */
import type { Marker } from './markers.ts';

/** A marker that numbers a point. */
export type Numbered = Extract<Marker, { kind: 'roman' | 'article' | 'decimal' | 'letter' | 'paren' | 'part' | 'chapter' | 'section' | 'upper' }>;

const numberedKinds: ReadonlySet<Marker['kind']> = new Set(['roman', 'article', 'decimal', 'letter', 'paren', 'part', 'chapter', 'section', 'upper']);

/** Whether a marker numbers a point (rather than a bullet, a task label, a table row, …). */
export function isNumbered(marker: Marker): marker is Numbered {
  return numberedKinds.has(marker.kind);
}

/** Rank of a numbering style: lower ranks enclose higher ones. */
export function rankOf(marker: Numbered): number {
  switch (marker.kind) {
    case 'part':
      return 0;
    case 'chapter':
      return 1;
    case 'section':
      return 1.5;
    case 'upper':
      return 2;
    case 'roman':
      return 3;
    case 'article':
      return 4;
    case 'decimal':
      return 4 + marker.number.split('.').length;
    case 'letter':
      return 10;
    case 'paren':
      return 11;
  }
}

const letters = 'abcdđefghijklmnopqrstuvwxyz';
const romanDigits: Record<string, number> = { I: 1, V: 5, X: 10 };

/** The position a number gives its point among its siblings: "3." → 3, "đ)" → 5, "IV." → 4. */
export function orderOf(marker: Numbered): number {
  switch (marker.kind) {
    case 'decimal':
      return Number(marker.number.split('.').at(-1));
    case 'paren':
      return Number(marker.number);
    case 'letter':
      return letters.indexOf(marker.number) + 1;
    case 'upper':
      return marker.number.charCodeAt(0) - 64;
    case 'roman': {
      let total = 0;
      for (let i = 0; i < marker.number.length; i += 1) {
        const v = romanDigits[marker.number[i] ?? ''] ?? 0;
        total += v < (romanDigits[marker.number[i + 1] ?? ''] ?? 0) ? -v : v;
      }
      return total;
    }
    case 'article':
      return Number(marker.number);
    default:
      // "Phần thứ nhất", "Chương II": always headings, their order does not decide anything.
      return Number.POSITIVE_INFINITY;
  }
}

/** Styles that are headings whatever their text: parts, chapters, Roman parts, articles. */
export const alwaysHeading = (marker: Numbered): boolean => marker.kind !== 'decimal' && marker.kind !== 'letter' && marker.kind !== 'paren';

/** The number as the heading writes it: "II.", "I-", "a)", "Điều 3.", "Chương I.". */
export function numberLabel(marker: Numbered, source: string): string {
  switch (marker.kind) {
    case 'roman':
      return `${marker.number}${/^[IVXlÍÌỈĨỊ1]+\s*-/u.test(source) ? '-' : '.'}`;
    case 'upper':
      return `${marker.number}${/^[A-H]\s*[-–]/u.test(source) ? '-' : '.'}`;
    case 'decimal':
      return `${marker.number}.`;
    case 'letter':
    case 'paren':
      return `${marker.number})`;
    case 'article':
      return `Điều ${marker.number}.`;
    case 'chapter':
      return `Chương ${marker.number}.`;
    case 'part':
      return `Phần ${marker.number}.`;
    case 'section':
      return `Mục ${marker.number}.`;
  }
}
