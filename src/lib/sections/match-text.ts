/** Text prepared for matching labels and phrases: the project's one folding (no diacritics, đ → d, lower case). */
import { foldDiacritics } from '../vietnamese/index.ts';

/** Folds NFC text for matching; the result has the input's length, so a match's offsets slice the original. */
export function foldForMatching(text: string): string {
  return foldDiacritics(text);
}
