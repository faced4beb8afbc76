// A lossless ASCII spelling of Vietnamese for the exact-diacritics attribute. Meilisearch folds
// marks in every attribute, so "chống" and "chồng" are one word to it; in Telex they are
// "choongs" and "choongf", different words. The tone letter goes at the end of the syllable, so
// the two tone placements ("hòa", "hoà") give one spelling ("hoaf"); i/y variants take the y
// form first ("kĩ", "kỹ" → "kyx"), as canonicalSpelling does. Tokens without Vietnamese letters
// (57-KL/TW, 2024, ASCII words) come out lower-cased and otherwise unchanged.
// Known collision: loan words written with double vowels ("boong", "xoong") read like "bông".
import { unitClassifier, unitRuns } from './char-class.ts';
import { foldDiacritics } from './fold.ts';
import { isVietnameseSyllable } from './syllable.ts';
import { placeTone, splitTone } from './tone-mark.ts';
import { canonicalSpelling } from './tone-placement.ts';
import { cachedPerWord } from './word-cache.ts';

const LETTER: Record<string, string> = { â: 'aa', ă: 'aw', ê: 'ee', ô: 'oo', ơ: 'ow', ư: 'uw', đ: 'dd' };
const TONE_LETTER: Record<string, string> = { '\u0301': 's', '\u0300': 'f', '\u0309': 'r', '\u0303': 'x', '\u0323': 'j' };
const MARK_OF_LETTER: Record<string, string> = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' };
const DIGRAPH: Record<string, string> = { aa: 'â', aw: 'ă', ee: 'ê', oo: 'ô', ow: 'ơ', uw: 'ư', dd: 'đ' };
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

/** Encodes one token: modifier letters doubled or followed by w, tone letters at the end. */
function tokenToTelex(token: string): string {
  const { toneless, marks } = splitTone(token.toLowerCase());
  let out = '';
  for (const ch of toneless) out += LETTER[ch] ?? foldDiacritics(ch);
  return out + marks.map((mark) => TONE_LETTER[mark] ?? '').join('');
}

/** Encodes one token, each distinct token computed once. */
const cachedTokenToTelex = cachedPerWord((token) => tokenToTelex(canonicalSpelling(token)));

// TOKEN's character class, unit by unit.
const tokenUnit = unitClassifier(/[\p{L}\p{M}\p{N}]/u);

/** Encodes Vietnamese text in lower-case Telex with tones last: "Chống" → "choongs", "hoà" → "hoaf". */
export function toTelex(s: string): string {
  const text = s.normalize('NFC').toLowerCase();
  // TOKEN's matches found by a unit scan (much faster than a replace callback), replaced one by one.
  const runs = unitRuns(text, tokenUnit);
  if (runs === null) return text.replace(TOKEN, cachedTokenToTelex);
  let out = '';
  let copied = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r] as number;
    const end = runs[r + 1] as number;
    out += text.slice(copied, start) + cachedTokenToTelex(text.slice(start, end));
    copied = end;
  }
  return out + text.slice(copied);
}

/** Decodes one Telex token back to a syllable, or keeps it when it does not read as one. */
function tokenFromTelex(token: string): string {
  const last = token.at(-1) ?? '';
  const mark = MARK_OF_LETTER[last];
  const body = mark ? token.slice(0, -1) : token;
  const letters = body.replace(/aa|aw|ee|oo|ow|uw|dd/g, (pair) => DIGRAPH[pair] ?? pair);
  const word = mark ? placeTone(letters, mark) : letters;
  return isVietnameseSyllable(word) ? word : token;
}

/** Decodes toTelex output back to lower-case Vietnamese with traditional tone placement. */
export function fromTelex(s: string): string {
  return s.replace(/[a-z]+/g, tokenFromTelex);
}
