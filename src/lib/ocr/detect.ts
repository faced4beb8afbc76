// Detection of an OCR'd text: clean Vietnamese is almost all valid syllables and carries marks
// on most of them; OCR of a scan leaves digits inside words, invalid letter runs, and bare ASCII.

import { isVietnameseSyllable } from '../vietnamese/syllable.ts';
import { tokenizeText } from '../vietnamese/tokens.ts';

/** Result of detection: the verdict and the figures behind it. */
export interface OcrDetection {
  isOcr: boolean;
  /** Share of word tokens that are not valid Vietnamese syllables. */
  invalidShare: number;
  /** Share of word tokens that are valid syllables written in bare ASCII (no mark, no đ). */
  asciiShare: number;
  words: number;
}

// Calibrated on the seeds: the clean plans have ≤ 0.3 % invalid words and 10–12 % bare-ASCII
// syllables; seed 004 (OCR) has 40 % and 56 %. The thresholds sit well between.
const MAX_CLEAN_INVALID = 0.08;
const MAX_CLEAN_ASCII = 0.35;
const MIN_WORDS = 20;

/** Decides whether a text is OCR output from the share of damaged and unmarked word tokens. */
export function detectOcr(text: string): OcrDetection {
  const words = tokenizeText(text.normalize('NFC')).tokens.filter((t) => t.kind === 'word');
  const invalid = words.filter((t) => !isVietnameseSyllable(t.text)).length;
  const ascii = words.filter((t) => /^[a-z]+$/i.test(t.text) && isVietnameseSyllable(t.text)).length;
  const total = words.length;
  const invalidShare = total === 0 ? 0 : invalid / total;
  const asciiShare = total === 0 ? 0 : ascii / total;
  const isOcr = total >= MIN_WORDS && (invalidShare > MAX_CLEAN_INVALID || asciiShare > MAX_CLEAN_ASCII);
  return { isOcr, invalidShare, asciiShare, words: total };
}
