/** How alike two texts are, word for word, folded: what pairs a section with the one it restates. */
import { foldDiacritics } from '../vietnamese/index.ts';

/** The words of a text, folded (no marks, lower case), in order: what similarity and word counts read. */
export function foldedWords(text: string): string[] {
  return foldDiacritics(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

/** Number of words in a text. */
export function countWords(text: string): number {
  return foldedWords(text).length;
}

/**
 * Dice coefficient of the two texts' folded word multisets, from 0 (no word shared) to 1 (the
 * same words). Folded, so an OCR reading that lost a mark ("chat luong") still counts as the word.
 */
export function textSimilarity(a: string, b: string): number {
  const left = foldedWords(a);
  const right = foldedWords(b);
  if (left.length === 0 && right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of right) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      shared += 1;
      counts.set(word, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}
