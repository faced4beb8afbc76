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

/** A text's folded words with how often each occurs: what similarity compares, computed once per text. */
export interface WordBag {
  counts: Map<string, number>;
  size: number;
}

/** The word bag of a text. */
export function wordBag(text: string): WordBag {
  const words = foldedWords(text);
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { counts, size: words.length };
}

/**
 * Dice coefficient of two word bags, from 0 (no word shared) to 1 (the same words). Folded, so an
 * OCR reading that lost a mark ("chat luong") still counts as the word.
 */
export function bagSimilarity(a: WordBag, b: WordBag): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const [word, count] of a.counts) shared += Math.min(count, b.counts.get(word) ?? 0);
  return (2 * shared) / (a.size + b.size);
}

/** Dice coefficient of the two texts' folded word multisets (see `bagSimilarity`). */
export function textSimilarity(a: string, b: string): number {
  return bagSimilarity(wordBag(a), wordBag(b));
}
