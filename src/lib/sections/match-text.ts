/** Text prepared for matching labels and phrases: the project's one folding (no diacritics, đ → d, lower case). */
import { foldDiacritics } from '../vietnamese/index.ts';

/** Folds NFC text for matching; the result has the input's length, so a match's offsets slice the original. */
export function foldForMatching(text: string): string {
  return foldDiacritics(text);
}

/**
 * foldForMatching of each line of a text (text.split('\n')), folding the text once. NFC keeps
 * line breaks where they are and folding goes character by character, so when the folded text
 * keeps its length its lines are the folded lines; otherwise (a lone mark) lines go one by one.
 */
export function foldLines(text: string): string[] {
  const composed = text.normalize('NFC');
  const folded = foldForMatching(composed);
  if (folded.length === composed.length) return folded.split('\n');
  return text.split('\n').map((line) => foldForMatching(line));
}
