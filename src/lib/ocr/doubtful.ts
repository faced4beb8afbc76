// Which words of a Tesseract reading the repair may touch: those Tesseract itself was unsure of.
// A word it read with confidence is kept as read, valid syllable or not (a name, a code).

import type { OcrWord } from './tesseract-tsv.ts';
import { tokenizeText } from '../vietnamese/tokens.ts';

/**
 * Below this confidence (0–100) a word is doubtful. Chosen on page 3 of the seed scans (clean,
 * moderate, harsh: 95 did best at every level, 97 and above broke good words on clean pages);
 * ocr-eval measures on page 2.
 */
export const DOUBT_BELOW = 95;

/** The word tokens (as the repair splits them) of every word Tesseract read below `threshold`, each with its lowest confidence. */
export function doubtfulTokens(words: OcrWord[], threshold = DOUBT_BELOW): Map<string, number> {
  const doubtful = new Map<string, number>();
  for (const word of words) {
    if (word.confidence >= threshold) continue;
    for (const token of tokenizeText(word.text).tokens) doubtful.set(token.text, Math.min(doubtful.get(token.text) ?? 100, word.confidence));
  }
  return doubtful;
}
