// OCR repair: every word token gets its candidate syllables (channel cost), the language model
// scores each path through a sentence, and the cheapest path wins (Viterbi). Only the letters of
// word tokens change: lines, spacing, punctuation, Markdown markers, numbers and codes stay (but
// for an apostrophe read for a horn, see rejoinHorns).

import { canonicalSyllable } from '../vietnamese/syllable.ts';
import { candidatesFor } from './candidates.ts';
import { restoreCase } from './case.ts';
import type { LanguageModel } from './language-model.ts';
import { bigramCost, START, tokenKey, unigramCost } from './language-model.ts';
import type { TextToken } from '../vietnamese/tokens.ts';
import { foldDiacritics } from '../vietnamese/fold.ts';
import { tokenizeText } from '../vietnamese/tokens.ts';
import { rejoinHorns } from './horns.ts';

/** Weights of the repair: channel cost against language-model cost, and pruning. */
export interface RepairOptions {
  /** Nats of language-model cost one unit of channel cost is worth. */
  channelWeight: number;
  /** Candidates kept per token, cheapest first. */
  beam: number;
  /** Candidates kept only while within this channel cost of the cheapest. */
  window: number;
  /**
   * With Tesseract's confidences: channel cost of changing the marks of a valid syllable read with
   * full confidence (scaled by the confidence), so that a fairly sure reading needs a clearly
   * likelier context to change.
   */
  confidenceCost?: number;
}

/** Defaults tuned on seed 004 against seed 000 with a model learnt from seeds 001–003. */
export const DEFAULT_REPAIR_OPTIONS: RepairOptions = { channelWeight: 8, beam: 30, window: 2, confidenceCost: 0.3 };

interface Option {
  key: string;
  /** The syllable to write, or undefined to keep the token as it is. */
  syllable?: string;
  cost: number;
}

const caches = new WeakMap<LanguageModel, Map<string, Option[]>>();

/**
 * The readings a token may take: itself when it is a number, code or abbreviation; otherwise its
 * candidates within the window, the `beam` likeliest by channel and unigram cost together.
 */
function optionsFor(token: TextToken, model: LanguageModel, options: RepairOptions, digitWord: boolean): Option[] {
  if (token.kind !== 'word' && !digitWord) return [{ key: tokenKey(token), cost: 0 }];
  let cache = caches.get(model);
  if (!cache) caches.set(model, (cache = new Map()));
  const cacheKey = `${token.text}\u0000${options.beam}\u0000${options.window}\u0000${options.channelWeight}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  if (digitWord) {
    // A number stays a number unless the words around it make a word far likelier.
    const list: Option[] = [{ key: tokenKey(token), cost: 0 }];
    for (const { syllable, cost } of candidatesFor(token.text).slice(0, options.beam)) {
      list.push({ key: syllable, syllable, cost: cost + NUMBER_PENALTY });
    }
    cache.set(cacheKey, list);
    return list;
  }
  const own = canonicalSyllable(token.text);
  const found = candidatesFor(token.text);
  const best = own !== undefined ? 0 : (found[0]?.cost ?? 0);
  const pool: Option[] = own !== undefined ? [{ key: own, syllable: own, cost: 0 }] : [];
  for (const { syllable, cost } of found) {
    if (cost > best + options.window) break;
    if (syllable !== own) pool.push({ key: syllable, syllable, cost });
  }
  const rank = (o: Option): number => options.channelWeight * o.cost + unigramCost(model, o.key);
  const list = pool.sort((x, y) => rank(x) - rank(y)).slice(0, options.beam);
  if (list.length === 0) list.push({ key: token.text.toLowerCase(), cost: 0 });
  cache.set(cacheKey, list);
  return list;
}

/** For a text read by Tesseract: the confidence (0–100) of a token it doubted, undefined for one it was sure of. */
export type Doubt = (token: string) => number | undefined;

/** A token the repair may not change: its own reading, at no cost. */
function fixedOption(token: TextToken): Option {
  return { key: tokenKey(token), cost: 0 };
}

/** Extra channel cost for reading a number as a word. */
const NUMBER_PENALTY = 0.3;

/**
 * Whether a number may be a word misread as digits ("1a" as "14", "lối" as "161"): one to three
 * of the digits OCR makes of letters, between two lower-case words on the same line.
 */
function mayBeDigitWord(run: TextToken[], i: number): boolean {
  const token = run[i];
  const before = run[i - 1];
  const after = run[i + 1];
  if (!token || !before || !after || token.kind !== 'number' || !/^[0146]{1,3}$/.test(token.text)) return false;
  const word = (t: TextToken): boolean => t.kind === 'word' && t.line === token.line && /^\p{Ll}/u.test(t.text);
  return word(before) && word(after);
}

/** Chooses the cheapest reading of each token of one context run (a sentence). */
function bestPath(run: TextToken[], model: LanguageModel, options: RepairOptions, doubt?: Doubt): Option[] {
  const columns = run.map((token, i) => {
    if (!doubt) return optionsFor(token, model, options, mayBeDigitWord(run, i));
    const confidence = doubt(token.text);
    if (confidence === undefined) return [fixedOption(token)];
    const all = optionsFor(token, model, options, mayBeDigitWord(run, i));
    // A doubted word that is a valid syllable may change its marks, not its letters: Tesseract's
    // errors on valid syllables are wrong marks (quyền → quyên), and a letter changed on a guess
    // is how the repair used to break good text. The surer Tesseract was, the dearer the change.
    const own = token.kind === 'word' ? canonicalSyllable(token.text) : undefined;
    if (own === undefined) return all;
    const letters = foldDiacritics(token.text);
    const penalty = ((options.confidenceCost ?? 0) * Math.max(0, confidence)) / 100;
    return all
      .filter((o) => o.syllable === undefined || foldDiacritics(o.syllable) === letters)
      .map((o) => (o.syllable === undefined || o.syllable === own ? o : { ...o, cost: o.cost + penalty }));
  });
  let scores = [0];
  let keys = [START];
  const back: number[][] = [];
  for (const column of columns) {
    const nextScores: number[] = [];
    const pointers: number[] = [];
    for (const option of column) {
      let best = Infinity;
      let from = 0;
      keys.forEach((previous, p) => {
        const score = (scores[p] ?? Infinity) + bigramCost(model, previous, option.key);
        if (score < best) {
          best = score;
          from = p;
        }
      });
      nextScores.push(best + options.channelWeight * option.cost);
      pointers.push(from);
    }
    back.push(pointers);
    scores = nextScores;
    keys = column.map((option) => option.key);
  }
  const path: Option[] = [];
  let at = scores.indexOf(Math.min(...scores));
  for (let i = columns.length - 1; i >= 0; i--) {
    const option = columns[i]?.[at];
    if (option) path.unshift(option);
    at = back[i]?.[at] ?? 0;
  }
  return path;
}

/** Splits the tokens of a text into runs that the language model scores separately. */
function contextRuns(tokens: TextToken[]): TextToken[][] {
  const runs: TextToken[][] = [];
  for (const token of tokens) {
    const last = runs[runs.length - 1];
    if (token.breakBefore || !last) runs.push([token]);
    else last.push(token);
  }
  return runs;
}

/**
 * Repairs the OCR damage of a text line by line; the lines and all non-word characters stay.
 * With `doubt`, only the tokens Tesseract doubted are candidates; every other token keeps its
 * reading and serves as context.
 */
export function repairText(
  text: string,
  model: LanguageModel,
  options: RepairOptions = DEFAULT_REPAIR_OPTIONS,
  doubt?: Doubt,
): { text: string; changedTokens: number } {
  const { lines, tokens } = tokenizeText(rejoinHorns(text.normalize('NFC')));
  const replacements = new Map<TextToken, string>();
  for (const run of contextRuns(tokens)) {
    const path = bestPath(run, model, options, doubt);
    run.forEach((token, i) => {
      const syllable = path[i]?.syllable;
      if (syllable === undefined || syllable === canonicalSyllable(token.text)) return;
      replacements.set(token, restoreCase(token.text, syllable));
    });
  }
  const out = lines.map((line, index) => {
    let result = '';
    let last = 0;
    for (const token of tokens) {
      if (token.line !== index) continue;
      const replacement = replacements.get(token);
      if (replacement === undefined) continue;
      result += line.slice(last, token.start) + replacement;
      last = token.end;
    }
    return result + line.slice(last);
  });
  return { text: out.join('\n'), changedTokens: replacements.size };
}
