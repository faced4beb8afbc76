// What a search box sends to Meilisearch. Meilisearch reads `"…"` as a phrase and `-word` (at a
// word start) as NOT, and uses only the first 10 words of a query. People type curly quotes,
// paste "chính trị -xã hội" with a glued hyphen, and paste whole sentences; this module turns
// what they typed into what they meant.
import { foldDiacritics } from './fold.ts';
import { normalizeText } from './normalize.ts';
import { isStopWord } from './stop-words.ts';
import { toTelex } from './telex.ts';

/**
 * Longest query the site takes, in characters: the one limit (the search parameters refuse a
 * longer one with a message; prepareQuery cuts a longer text at a word boundary).
 */
export const MAX_QUERY_LENGTH = 1000;
/** Meilisearch ignores every query word after the tenth. */
export const MAX_QUERY_WORDS = 10;

const CONTROL = /[\p{Cc}\p{Cf}]/gu;
const DOUBLE_QUOTES = /[“”„‟«»〝〞＂‘’‚‛]/g;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Drops the last `"` when their number is odd, so an unclosed phrase does not swallow the query. */
function balanceQuotes(q: string): string {
  const count = q.split('"').length - 1;
  if (count % 2 === 0) return q;
  const at = q.lastIndexOf('"');
  return q.slice(0, at) + q.slice(at + 1);
}

/** A hyphen or dash glued to the front of a word is a dash of the text, never Meilisearch's NOT. */
function neutraliseNegation(q: string): string {
  return q.replace(/(^|[\s"])[-‐‑‒–—―]+(?=["\p{L}\p{N}])/gu, '$1');
}

/** Cuts a text to at most `max` characters, at a space when there is one. */
function capLength(q: string, max: number): string {
  if (q.length <= max) return q;
  const cut = q.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > max / 2 ? cut.slice(0, space) : cut;
}

/**
 * Keeps the 10 consecutive words with the most content words. Consecutive, not the 10 rarest
 * words anywhere: a pasted sentence is a phrase of some section, any window of it is too, and
 * Meilisearch's proximity rule then still ranks that section first. Quotes are dropped because
 * the window may cut a phrase in two.
 */
function bestWindow(q: string): string {
  const words = [...q.replaceAll('"', ' ').matchAll(WORD)];
  if (words.length <= MAX_QUERY_WORDS) return q;
  // A long pasted sentence keeps the window of words with the fewest function words.
  const content = words.map((w) => (isStopWord(foldDiacritics(w[0]).toLowerCase()) ? 0 : 1));
  let best = 0;
  let bestScore = -1;
  for (let start = 0; start + MAX_QUERY_WORDS <= words.length; start++) {
    let score = 0;
    for (let i = start; i < start + MAX_QUERY_WORDS; i++) score += content[i] ?? 0;
    if (score > bestScore) [best, bestScore] = [start, score];
  }
  return words.slice(best, best + MAX_QUERY_WORDS).map((w) => w[0]).join(' ');
}

/** Turns a typed query into the Meilisearch query: straight balanced quotes, no NOT, ≤ 10 words. */
export function prepareQuery(q: string): string {
  let out = normalizeText(q.replace(/[\t\r\n]/g, ' ')).replace(CONTROL, '');
  out = out.replace(DOUBLE_QUOTES, '"');
  out = capLength(out, MAX_QUERY_LENGTH);
  out = balanceQuotes(out);
  out = neutraliseNegation(out);
  out = bestWindow(out);
  return out.replace(/""/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The typed query as prepareQuery cleans it (straight balanced quotes, no NOT), whole: no length
 * cap and no 10-word window, for a caller that chooses the words Meilisearch sees itself.
 */
export function cleanQuery(q: string): string {
  let out = normalizeText(q.replace(/[\t\r\n]/g, ' ')).replace(CONTROL, '');
  out = balanceQuotes(out.replace(DOUBLE_QUOTES, '"'));
  out = neutraliseNegation(out);
  return out.replace(/""/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The prepared query in Telex (quotes kept) for the exact-diacritics attribute, with a trailing
 * space: "chống" → "choongs ". Meilisearch matches the last query word as a prefix unless the
 * query ends with a space, and a prefix would let "choong" (chông) match "choongs" (chống).
 */
export function queryToTelex(q: string): string {
  return `${toTelex(prepareQuery(q))} `;
}

/** Whether a query carries any Vietnamese mark or đ, i.e. whether the user typed diacritics. */
export function hasDiacritics(q: string): boolean {
  const nfd = q.normalize('NFD');
  return /[đĐ]/u.test(nfd) || /\p{L}\p{M}/u.test(nfd);
}
