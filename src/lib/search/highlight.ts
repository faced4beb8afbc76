/**
 * Find the query's words in a text and mark them: the snippet of a hit and the marked section of a
 * plan page. A query typed without diacritics matches whatever the marks (folded: no marks, đ → d,
 * lower case), so "xay va chong" marks "xây và chống"; a query typed with them marks its words as
 * spelled ("thông tin" marks neither "thống" nor "tín"), except a word that the text searched has
 * nowhere (an OCR reading, a slip): `termsIn` then lets it match any spelling. The output is
 * escaped HTML with <mark>.
 */
import { ABBREVIATIONS, cachedPerWord, canonicalSpelling, foldDiacritics, hasDiacritics, isStopWord } from '../vietnamese/index.ts';
import { IN_CLASS, unitClassifier, unitRuns } from '../vietnamese/char-class.ts';
import { escapeHtml } from './escape-html.ts';

/** A word of a text: its range in the original string, its lower-case spelling (tones placed canonically) and its folded form. */
interface Word {
  start: number;
  end: number;
  exact: string;
  folded: string;
}

// Words are runs of letters and digits; a combining mark NFC could not compose stays inside its
// word. Found by a unit scan: Unicode property regexes cost several times more on long texts.
const wordOrMarkUnit = unitClassifier(/[\p{L}\p{N}\p{M}]/u);
const markUnit = unitClassifier(/\p{M}/u);
const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

// Texts repeat the same few thousand syllables: fold and spell each distinct word once.
const foldWord = cachedPerWord((word) => foldDiacritics(word));
const exactWord = cachedPerWord((word) => canonicalSpelling(word.toLowerCase()));

/** The [start, end) ranges of the words of an NFC text, flat. */
function wordRanges(nfc: string): number[] {
  const runs = unitRuns(nfc, wordOrMarkUnit);
  if (runs === null) return [...nfc.matchAll(wordPattern)].flatMap((match) => [match.index, match.index + match[0].length]);
  const ranges: number[] = [];
  for (let r = 0; r < runs.length; r += 2) {
    let start = runs[r] as number;
    const end = runs[r + 1] as number;
    while (start < end && markUnit(nfc.charCodeAt(start)) === IN_CLASS) start += 1; // a mark does not start a word
    if (start < end) ranges.push(start, end);
  }
  return ranges;
}

/** The words of an NFC text, in order; ranges index the text itself. */
function wordsOf(nfc: string): Word[] {
  const ranges = wordRanges(nfc);
  const words: Word[] = [];
  for (let r = 0; r < ranges.length; r += 2) {
    const start = ranges[r] as number;
    const end = ranges[r + 1] as number;
    const word = nfc.slice(start, end);
    // Lower-case ASCII letters and digits only: already folded and spelled.
    words.push(/^[a-z0-9]+$/.test(word) ? { start, end, exact: word, folded: word } : { start, end, exact: exactWord(word), folded: foldWord(word) });
  }
  return words;
}

const foldedAbbreviations = ABBREVIATIONS.map(({ short, long }) => ({
  short: foldDiacritics(short),
  long: long.map((form) => wordsOf(form.normalize('NFC')).map((word) => word.folded).join(' ')),
}));

/**
 * A word of the query, or (with spaces) a phrase it implies; `exact`: it matches its spelling only,
 * else any spelling (folded); `prefix`: the last word typed, which may be unfinished, also matches
 * the start of a longer word where the text has no word that is it whole.
 */
export interface Term {
  text: string;
  exact: boolean;
  prefix?: true;
}

/**
 * Whether the last word of a query may be unfinished: it is not followed by a space or a closing
 * quote and carries no mark (a tone or vowel mark is typed once the letters are there: "tín" is a
 * whole word, "ti" or "thông t" may not be).
 */
export function lastWordMayBePrefix(query: string): boolean {
  const last = /[\p{L}\p{M}\p{N}]+$/u.exec(query.normalize('NFC'));
  return last !== null && !hasDiacritics(last[0]);
}

/**
 * The words of a query, without operators and quotes: typed with diacritics, as spelled, in lower
 * case ("“Xây” và -chống" → xây, và, chống, exact); typed without, folded ("xay va chong" → xay,
 * va, chong, any spelling); then, folded, as phrases, what an abbreviation stands for and the
 * other way round, as Meilisearch's synonyms match them: "UBND" → ubnd, "uy ban nhan dan".
 */
export function queryTerms(query: string, lastMayBePrefix = lastWordMayBePrefix(query)): Term[] {
  const words = wordsOf(query.normalize('NFC'));
  const folded = words.map((word) => word.folded);
  const joined = ` ${folded.join(' ')} `;
  const synonyms = foldedAbbreviations.flatMap(({ short, long }) => [
    ...(folded.includes(short) ? long : []),
    ...(long.some((form) => joined.includes(` ${form} `)) ? [short] : []),
  ]);
  // Who types one mark types them all: a plain word in such a query ("tin") is spelled as meant.
  const withMarks = words.some((word) => word.exact !== word.folded);
  const terms: Term[] = [
    ...words.map((word, i): Term => ({
      ...(withMarks ? { text: word.exact, exact: true } : { text: word.folded, exact: false }),
      // A one-letter start would mark half the text.
      ...(lastMayBePrefix && i === words.length - 1 && word.folded.length >= 2 ? { prefix: true } : {}),
    })),
    ...synonyms.map((text) => ({ text, exact: false })),
  ];
  return terms.filter((term, i) => terms.findIndex((other) => other.text === term.text && other.exact === term.exact) === i);
}

function matches(word: Word, term: Term, prefix: boolean): boolean {
  const form = term.exact ? word.exact : word.folded;
  return prefix ? form.startsWith(term.text) : form === term.text;
}

/**
 * The terms as they should mark `text` (a hit's text, a whole plan): a word to match as spelled
 * that no word of the text has matches any spelling instead; the last word, if it may be
 * unfinished, marks longer words only where the text has no word that is it whole (so "uy tin"
 * marks "tín" and not "tính" in a text having both, and "thông ti" marks "tin").
 */
export function termsIn(terms: readonly Term[], text: string): Term[] {
  return resolveTerms(terms, wordsOf(text.normalize('NFC')));
}

function resolveTerms(terms: readonly Term[], words: Word[]): Term[] {
  return terms.map((term) => {
    const forms: Term[] = term.exact ? [{ text: term.text, exact: true }, { text: foldWord(term.text), exact: false }] : [{ text: term.text, exact: false }];
    for (const form of forms) {
      if (words.some((word) => matches(word, form, false))) return form;
      if (term.prefix === true && words.some((word) => matches(word, form, true))) return { ...form, prefix: true };
    }
    return forms.at(-1) as Term;
  });
}

/** Which words to mark: matches, words of a synonym phrase, function words only beside another match. */
function marked(words: Word[], terms: readonly Term[]): boolean[] {
  const single = terms.filter((term) => !term.text.includes(' '));
  const exact = new Set(single.filter((term) => term.exact).map((term) => term.text));
  const folded = new Set(single.filter((term) => !term.exact).map((term) => term.text));
  const prefixes = single.filter((term) => term.prefix === true);
  const hit = words.map((word) => exact.has(word.exact) || folded.has(word.folded) || prefixes.some((term) => matches(word, term, true)));
  for (const phrase of terms.filter((term) => term.text.includes(' ')).map((term) => term.text.split(' '))) {
    for (let i = 0; i + phrase.length <= words.length; i += 1) {
      if (words[i]?.folded !== phrase[0]) continue;
      if (phrase.every((part, j) => words[i + j]?.folded === part)) phrase.forEach((_, j) => { hit[i + j] = true; });
    }
  }
  const content = terms.some((term) => !isStopWord(foldWord(term.text)));
  return words.map((word, i) => hit[i] === true
    && (!content || !isStopWord(word.folded) || hit[i - 1] === true || hit[i + 1] === true));
}

/** Index of the first word for which `after` holds, in words ordered by position; `words.length` if none. */
function firstWord(words: Word[], after: (word: Word) => boolean): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (after(words[middle] as Word)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Escaped HTML of `text` (a range of it) with the marked words in <mark>. */
function markRange(text: string, words: Word[], mark: boolean[], start: number, end: number): string {
  let html = '';
  let at = start;
  for (let i = firstWord(words, (word) => word.start >= start); i < words.length; i += 1) {
    const word = words[i] as Word;
    if (word.end > end) break;
    if (!mark[i]) continue;
    html += `${escapeHtml(text.slice(at, word.start))}<mark>${escapeHtml(text.slice(word.start, word.end))}</mark>`;
    at = word.end;
  }
  return html + escapeHtml(text.slice(at, end));
}

/** The whole text as escaped HTML with every word of the query in <mark>; `terms` as `termsIn` gives them for the page. */
export function markTerms(text: string, terms: readonly Term[]): string {
  const nfc = text.normalize('NFC');
  if (terms.length === 0) return escapeHtml(nfc);
  const words = wordsOf(nfc);
  return markRange(nfc, words, marked(words, terms), 0, nfc.length);
}

/**
 * Where a snippet of `length` characters should look: the marked word that opens the window (the
 * next 3/4 of `length`) with the most distinct terms, then the longest run of consecutive marked
 * words (the phrase typed), then the most marked words. One pass: the window slides over the
 * marked words in order, as their positions only grow.
 */
function bestMatch(words: Word[], mark: boolean[], length: number): Word | undefined {
  const runs = new Array<number>(words.length + 1).fill(0);
  for (let i = words.length - 1; i >= 0; i -= 1) runs[i] = mark[i] ? (runs[i + 1] as number) + 1 : 0;
  const hits: { word: Word; run: number }[] = [];
  for (const [i, word] of words.entries()) if (mark[i]) hits.push({ word, run: runs[i] as number });
  const counts = new Map<string, number>(); // folded word → marked words in the window
  let best: { score: number; word: Word } | undefined;
  let end = 0; // the window is hits[k, end)
  for (const [k, { word, run }] of hits.entries()) {
    const leaving = hits[k - 1];
    if (leaving !== undefined && end >= k) {
      const count = (counts.get(leaving.word.folded) as number) - 1;
      if (count === 0) counts.delete(leaving.word.folded);
      else counts.set(leaving.word.folded, count);
    }
    end = Math.max(end, k);
    for (let next = hits[end]; next !== undefined && next.word.end <= word.start + length * 0.75; next = hits[end]) {
      counts.set(next.word.folded, (counts.get(next.word.folded) ?? 0) + 1);
      end += 1;
    }
    const score = counts.size * 10_000 + run * 100 + (end - k);
    if (best === undefined || score > best.score) best = { score, word };
  }
  return best?.word;
}

/**
 * A snippet of about `length` characters around the densest cluster of the query's words, as
 * escaped HTML with <mark>; the start of the text when no word matches.
 */
export function snippetOf(text: string, terms: readonly Term[], length = 220): string {
  // Every run of white space becomes one space; single spaces, most of them, are left alone.
  const nfc = text.normalize('NFC').replace(/[^\S ]\s*| \s+/g, ' ').trim();
  const words = wordsOf(nfc);
  const mark = marked(words, resolveTerms(terms, words));
  const best = bestMatch(words, mark, length);
  // Open a little before the chosen word.
  let start = best === undefined ? 0 : Math.max(0, best.start - Math.floor(length / 4));
  let end = Math.min(nfc.length, start + length);
  // Snap to word boundaries so no word is cut in half.
  const first = words[firstWord(words, (word) => word.end > start)];
  if (first !== undefined && first.start < start) start = words[firstWord(words, (word) => word.start >= start)]?.start ?? start;
  const cut = words[firstWord(words, (word) => word.end > end)];
  if (cut !== undefined && cut.start < end) end = cut.start;
  const body = markRange(nfc, words, mark, start, end).trim();
  return `${start > 0 ? '… ' : ''}${body}${end < nfc.length ? ' …' : ''}`;
}
