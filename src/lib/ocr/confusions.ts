// The OCR channel: what a scanned Vietnamese letter tends to be read as, and what that costs.
// A candidate letter is split into its base letter and its marks (hat, breve, horn, bar, tone);
// the OCR reading is compared base to base through a confusion table, then marks to marks,
// where a lost mark is cheap (OCR drops most of them) and an invented one dear.

/** Marks that a Vietnamese letter can carry, as combining characters (U+0111 đ as its bar). */
const MOD_MARKS = new Set(['\u0302', '\u0306', '\u031B']);
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']);

/** A letter split into base and marks. */
export interface Letter {
  base: string;
  mod: string;
  tone: string;
}

const letterCache = new Map<string, Letter>();

/** Splits one (lower-case) character into its base letter, vowel/đ mark and tone mark. */
export function splitLetter(ch: string): Letter {
  const cached = letterCache.get(ch);
  if (cached) return cached;
  let base = '';
  let mod = '';
  let tone = '';
  if (ch === 'đ') {
    base = 'd';
    mod = 'bar';
  } else {
    for (const part of ch.normalize('NFD')) {
      if (MOD_MARKS.has(part)) mod = part;
      else if (TONE_MARKS.has(part)) tone = part;
      else base += part;
    }
  }
  const letter = { base, mod, tone };
  letterCache.set(ch, letter);
  return letter;
}

// OCR reading (a character or a short run) → candidate base letter → cost, for readings that are
// not simply the same base letter. Learnt by reading seed 004 (Quảng Ngãi) against print.
const READINGS: Record<string, Record<string, number>> = {
  '0': { o: 0.3 },
  '1': { l: 0.2, i: 0.3 },
  '3': { a: 0.5 },
  '4': { a: 0.3, o: 0.6 },
  '6': { o: 0.2 },
  '9': { o: 0.4 },
  '¢': { e: 0.3, o: 0.6, c: 0.6 },
  '€': { e: 0.2 },
  '&': { o: 0.4 },
  '(1': { d: 0.6 },
  a: { u: 0.8, o: 0.8 },
  b: { o: 0.5, d: 0.4 },
  c: { e: 0.8 },
  d: { o: 0.5, a: 0.6, d: 0 },
  e: { c: 0.4, o: 0.9, a: 0.9 },
  f: { o: 0.8 },
  g: { o: 0.4, a: 0.6, u: 0.8 },
  i: { a: 0.5, u: 0.7, l: 0.5 },
  ii: { u: 0.3 },
  il: { u: 0.5 },
  im: { u: 0.5 },
  ir: { u: 0.3 },
  it: { u: 0.4 },
  j: { i: 0.2 },
  l: { i: 0.3, u: 0.6 },
  m: { n: 0.5 },
  li: { u: 0.4 },
  lr: { u: 0.5 },
  o: { a: 0.9 },
  p: { d: 0.3 },
  rn: { m: 0.4 },
  t: { u: 0.6 },
  ti: { u: 0.5 },
  tr: { u: 0.4 },
  tt: { u: 0.4 },
  tu: { u: 0.6 },
  w: { u: 0.3 },
  y: { u: 0.4, i: 0.4 },
  yu: { u: 0.4 },
};

/** Longest reading key, so the edit distance knows how far to look. */
export const MAX_READING = Math.max(...Object.keys(READINGS).map((k) => [...k].length));

const LOST_MOD = 0.1;
const LOST_TONE = 0.05;
const WRONG_MARK = 0.25;
const INVENTED_MARK = 0.5;
// A vowel read with some mark stands for some marked vowel: é for ê, ơ, ố, á …
const MARKED_VOWEL_SWAP = 0.45;
const VOWELS = new Set([...'aeiouy']);

/** Cost of the marks of a letter read as the same or a confusable base letter. */
function markCost(read: Letter, cand: Letter): number {
  let cost = 0;
  if (cand.mod && read.mod !== cand.mod) cost += read.mod ? WRONG_MARK : LOST_MOD;
  else if (!cand.mod && read.mod) cost += INVENTED_MARK;
  if (cand.tone && read.tone !== cand.tone) cost += read.tone ? WRONG_MARK : LOST_TONE;
  else if (!cand.tone && read.tone) cost += read.tone && cand.mod ? WRONG_MARK : INVENTED_MARK;
  return cost;
}

/**
 * Cost of reading `read` (one to three OCR characters) for the candidate letter, or undefined.
 * With `bound`, the candidate is a folded letter and the result a lower bound over its marked forms.
 */
export function readingCost(read: string, candChar: string, bound = false): number | undefined {
  const cand = splitLetter(candChar);
  const chars = [...read];
  if (chars.length === 1) {
    const letter = splitLetter(read);
    if (letter.base === cand.base) return bound ? 0 : markCost(letter, cand);
    const table = READINGS[read] ?? READINGS[letter.base];
    const confused = table?.[cand.base];
    const markedSwap = (letter.mod || letter.tone) && VOWELS.has(letter.base) && VOWELS.has(cand.base)
      && (bound || cand.mod || cand.tone) ? MARKED_VOWEL_SWAP : undefined;
    const base = confused === undefined ? markedSwap : markedSwap === undefined ? confused : Math.min(confused, markedSwap);
    if (base === undefined) return undefined;
    // A look-alike (6 for ô, w for ư, p for đ) stands for the marked letter as a whole.
    return base;
  }
  const cost = READINGS[read]?.[cand.base];
  return cost;
}

/** Cost of an OCR character that stands for nothing (noise), and of a letter OCR lost. */
export const NOISE_COST = 1.0;
export const LOST_LETTER_COST = 1.2;

/**
 * Weighted edit distance from an OCR reading (lower case) to a candidate syllable; Infinity once
 * it exceeds `limit`. With `bound`, the candidate is folded and the result a lower bound.
 */
export function channelCost(read: string, candidate: string, limit = Infinity, bound = false): number {
  const units = readingUnits(read);
  const r = units.length;
  const c = [...candidate];
  const width = c.length + 1;
  const dp = new Float64Array((r + 1) * width).fill(Infinity);
  dp[0] = 0;
  for (let i = 0; i <= r; i++) {
    let rowMin = Infinity;
    const starting = units[i] ?? [];
    for (let j = 0; j <= c.length; j++) {
      const here = dp[i * width + j] ?? Infinity;
      if (here === Infinity) continue;
      rowMin = Math.min(rowMin, here);
      if (j < c.length) relax(dp, i * width + j + 1, here + LOST_LETTER_COST);
      if (i < r) relax(dp, (i + 1) * width + j, here + NOISE_COST);
      if (j >= c.length) continue;
      const candChar = c[j] ?? '';
      for (let k = 0; k < starting.length; k++) {
        const cost = cachedReadingCost(starting[k] ?? '', candChar, bound);
        if (cost !== undefined) relax(dp, (i + k + 1) * width + j + 1, here + cost);
      }
    }
    if (rowMin > limit) return Infinity;
  }
  return dp[r * width + c.length] ?? Infinity;
}

const unitCache = new Map<string, string[][]>();

/** For each position of a reading, the runs of one to MAX_READING characters starting there. */
function readingUnits(read: string): string[][] {
  const cached = unitCache.get(read);
  if (cached) return cached;
  const chars = [...read];
  const units = chars.map((_, i) => {
    const runs: string[] = [];
    for (let k = 1; k <= MAX_READING && i + k <= chars.length; k++) runs.push(chars.slice(i, i + k).join(''));
    return runs;
  });
  unitCache.set(read, units);
  return units;
}

const costCache = new Map<string, number | undefined>();

function cachedReadingCost(read: string, candChar: string, bound: boolean): number | undefined {
  const key = `${read}\u0000${candChar}\u0000${bound ? 1 : 0}`;
  if (costCache.has(key)) return costCache.get(key);
  const cost = readingCost(read, candChar, bound);
  costCache.set(key, cost);
  return cost;
}

function relax(dp: Float64Array, at: number, value: number): void {
  if (value < (dp[at] ?? Infinity)) dp[at] = value;
}
