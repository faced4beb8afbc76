// Canonical spellings for facet values and names (issuer, agency, province): "Huyện uỷ" and
// "Huyện ủy" must be one value. Body text is never passed through here; it is shown as written.
import { isVietnameseSyllable } from './syllable.ts';
import { placeTone, splitTone } from './tone-mark.ts';
import { cachedPerWord } from './word-cache.ts';

const WORD = /[\p{L}\p{M}]+/gu;

/** canonicalWord, each distinct word computed once. */
const cachedCanonicalWord = cachedPerWord((word) => canonicalWord(word));

/** Re-places the tone mark of one word, if the word is a Vietnamese syllable with one mark. */
function canonicalWord(word: string): string {
  const { toneless, marks } = splitTone(word);
  const mark = marks[0];
  if (mark === undefined || marks.length > 1) return word;
  // Checked with the mark on: a stop coda takes only sắc or nặng ("tiếp" but no "tiêp").
  const placed = placeTone(toneless, mark);
  return isVietnameseSyllable(placed) ? placed : word;
}

/**
 * Puts every tone mark at its traditional place and fixes misplaced ones, keeping case:
 * "hoà" → "hòa", "HUYỆN UỶ" → "HUYỆN ỦY", "qủa" → "quả", "nghịêm" → "nghiệm", "lựơng" → "lượng".
 */
export function canonicalTones(s: string): string {
  return s.normalize('NFC').replace(WORD, cachedCanonicalWord);
}

// Open /i/ after these onsets is written i or y for the same word (kĩ/kỹ, lí/lý, quí/quý,
// tỉ/tỷ, mĩ/mỹ, hi/hy). Names and facets take y, the form of the official names ("Kỹ thuật",
// "Quý"). Other onsets are left alone: "vi", "si", "di" are written with i ("phạm vi", "sĩ").
const I_TO_Y = /(?<![\p{L}\p{M}])(k|l|m|t|h|qu)([iìíỉĩị])(?![\p{L}\p{M}])/giu;
const Y_OF: Record<string, string> = { i: 'y', ì: 'ỳ', í: 'ý', ỉ: 'ỷ', ĩ: 'ỹ', ị: 'ỵ' };

/** Canonical tones plus one spelling of i/y variants, for names and facets ("kĩ" → "kỹ", "Lí" → "Lý"). */
export function canonicalSpelling(s: string): string {
  return canonicalTones(s).replace(I_TO_Y, (_all, onset: string, vowel: string) => {
    const lower = vowel.toLowerCase();
    const y = Y_OF[lower] ?? lower;
    return onset + (vowel === lower ? y : y.toUpperCase());
  });
}
