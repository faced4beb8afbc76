// Accuracy of an OCR repair measured against a clean text that restates the same content:
// align the OCR tokens with the clean ones once, then score the OCR text and its repair on the
// same pairs — exactly (same syllable, either tone placement) and folded (no marks at all).

import { canonicalSyllable } from '../vietnamese/syllable.ts';
import { alignTokens, parallelPairs } from './align.ts';
import { foldDiacritics } from '../vietnamese/fold.ts';
import { tokenizeText } from '../vietnamese/tokens.ts';
import { rejoinHorns } from './horns.ts';

/** Figures of one text against the reference, over the aligned syllables. */
export interface Score {
  exact: number;
  folded: number;
}

/** The measurement: how much of the OCR text aligned, and the scores before and after repair. */
export interface RepairAccuracy {
  ocrTokens: number;
  alignedSyllables: number;
  alignedShare: number;
  before: Score;
  after: Score;
  /** Aligned syllables the repair did not restore exactly: OCR token, repair, reference. */
  misses: [string, string, string][];
}

// Readings that only serve to find the alignment; the repair itself never sees them.
const LOOKALIKE: Record<string, string> = { '0': 'o', '1': 'l', '4': 'a', '6': 'o', '9': 'o', p: 'd', b: 'd', w: 'u', y: 'u' };

function lookalike(token: string): string {
  return [...foldDiacritics(token)].map((ch) => LOOKALIKE[ch] ?? ch).join('');
}

function levenshtein(x: string, y: string): number {
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[y.length] ?? 0;
}

/** 0 for the same folded token, up to 1 for alike ones, Infinity for different words. */
function pairCost(x: string, y: string): number {
  if (x === y) return 0;
  const distance = levenshtein(x, y);
  return distance <= Math.max(1, Math.floor(Math.max(x.length, y.length) / 2)) ? 0.4 + 0.2 * distance : Infinity;
}

function score(texts: string[], reference: string[], pairs: { a: number; b: number }[]): Score {
  let exact = 0;
  let folded = 0;
  for (const { a, b } of pairs) {
    const got = texts[a] ?? '';
    const want = reference[b] ?? '';
    if (canonicalSyllable(got) !== undefined && canonicalSyllable(got) === canonicalSyllable(want)) exact++;
    if (foldDiacritics(got) === foldDiacritics(want)) folded++;
  }
  return { exact: exact / pairs.length, folded: folded / pairs.length };
}

/** Measures a repair of `ocr` (token for token, as the repair reads it: see rejoinHorns) against `reference`, a clean restatement. */
export function measureRepairAccuracy(ocr: string, repaired: string, reference: string): RepairAccuracy {
  const before = tokenizeText(rejoinHorns(ocr.normalize('NFC'))).tokens.map((t) => t.text);
  const after = tokenizeText(repaired.normalize('NFC')).tokens.map((t) => t.text);
  if (after.length !== before.length) {
    throw new Error(`repaired text has ${after.length} tokens, the OCR text ${before.length}: the repair must change tokens in place`);
  }
  const ref = tokenizeText(reference.normalize('NFC')).tokens.map((t) => t.text);
  // Tokens are interned so that each pair of distinct tokens is compared once.
  const ids = new Map<string, number>();
  const intern = (t: string): number => ids.get(t) ?? (ids.set(t, ids.size), ids.size - 1);
  const a = before.map((t) => intern(lookalike(t)));
  const b = ref.map((t) => intern(lookalike(t)));
  const strings = [...ids.keys()];
  const memo = new Map<number, number>();
  const cost = (i: number, j: number): number => {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    const key = x * strings.length + y;
    let value = memo.get(key);
    if (value === undefined) {
      value = pairCost(strings[x] ?? '', strings[y] ?? '');
      memo.set(key, value);
    }
    return value;
  };
  const pairs = parallelPairs(alignTokens(a.length, b.length, cost), (p) => cost(p.a, p.b) < 1)
    .filter((p) => canonicalSyllable(ref[p.b] ?? '') !== undefined);
  const ocrTokens = before.filter((t) => /\p{L}/u.test(t)).length;
  return {
    ocrTokens,
    alignedSyllables: pairs.length,
    alignedShare: pairs.length / ocrTokens,
    before: score(before, ref, pairs),
    after: score(after, ref, pairs),
    misses: pairs
      .filter((p) => canonicalSyllable(after[p.a] ?? '') !== canonicalSyllable(ref[p.b] ?? ''))
      .map((p): [string, string, string] => [before[p.a] ?? '', after[p.a] ?? '', ref[p.b] ?? '']),
  };
}
