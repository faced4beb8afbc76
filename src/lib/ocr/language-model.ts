// A syllable bigram model with absolute discounting and a unigram backoff that gives every
// syllable of the inventory a little probability. Learnt from clean plans; plain data, so it
// can be written to JSON and read back.

import { canonicalSyllable, syllableInventory } from '../vietnamese/syllable.ts';
import type { Token } from '../vietnamese/tokens.ts';
import { tokenizeText } from '../vietnamese/tokens.ts';

/** Counts learnt from clean texts. Keys are canonical lower-case syllables or token keys. */
export interface LanguageModel {
  unigrams: Record<string, number>;
  /** Keyed "previous next"; "<s>" stands for the start of a sentence. */
  bigrams: Record<string, number>;
  total: number;
}

/** Start-of-sentence context. */
export const START = '<s>';
const DISCOUNT = 0.75;
/** Probability mass (in tokens) spread evenly over the whole syllable inventory. */
// Large enough that a real but unseen syllable can beat a seen one whose reading is far-fetched.
const INVENTORY_MASS = 100;

/** The key under which a token is counted: its canonical syllable, `<num>`, or its own text. */
export function tokenKey(token: Pick<Token, 'text' | 'kind'>): string {
  if (token.kind === 'number') return '<num>';
  if (token.kind === 'word') return canonicalSyllable(token.text) ?? token.text.toLowerCase();
  return token.text;
}

/** Learns a bigram model from clean texts (hard wraps need not be joined). */
export function buildLanguageModel(cleanTexts: string[]): LanguageModel {
  const unigrams: Record<string, number> = {};
  const bigrams: Record<string, number> = {};
  let total = 0;
  for (const text of cleanTexts) {
    let previous = START;
    for (const token of tokenizeText(text.normalize('NFC')).tokens) {
      if (token.breakBefore) previous = START;
      const key = tokenKey(token);
      unigrams[key] = (unigrams[key] ?? 0) + 1;
      const pair = `${previous} ${key}`;
      bigrams[pair] = (bigrams[pair] ?? 0) + 1;
      total++;
      previous = key;
    }
  }
  return { unigrams, bigrams, total };
}

/** Context statistics derived from a model: how often each word starts a pair, with how many followers. */
interface Contexts {
  count: Map<string, number>;
  followers: Map<string, number>;
}

const derived = new WeakMap<LanguageModel, Contexts>();

function contextsOf(model: LanguageModel): Contexts {
  const cached = derived.get(model);
  if (cached) return cached;
  const count = new Map<string, number>();
  const followers = new Map<string, number>();
  for (const [pair, n] of Object.entries(model.bigrams)) {
    const previous = pair.slice(0, pair.indexOf(' '));
    count.set(previous, (count.get(previous) ?? 0) + n);
    followers.set(previous, (followers.get(previous) ?? 0) + 1);
  }
  const contexts = { count, followers };
  derived.set(model, contexts);
  return contexts;
}

/** Negative natural log of the unigram probability of a key. */
export function unigramCost(model: LanguageModel, key: string): number {
  const spread = INVENTORY_MASS / syllableInventory().length;
  return -Math.log(((model.unigrams[key] ?? 0) + spread) / (model.total + INVENTORY_MASS));
}

/** Negative natural log of P(key | previous), backing off to the unigram. */
export function bigramCost(model: LanguageModel, previous: string, key: string): number {
  const { count, followers } = contextsOf(model);
  const uni = Math.exp(-unigramCost(model, key));
  const seen = count.get(previous) ?? 0;
  if (seen === 0) return -Math.log(uni);
  const pair = model.bigrams[`${previous} ${key}`] ?? 0;
  const backoff = (DISCOUNT * (followers.get(previous) ?? 0)) / seen;
  return -Math.log(Math.max(pair - DISCOUNT, 0) / seen + backoff * uni);
}
