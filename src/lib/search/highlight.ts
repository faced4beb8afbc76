/**
 * Find the query's words in a text whatever its diacritics, and mark them: the snippet of a hit
 * and the marked section of a plan page. Matching compares folded words (no marks, đ → d, lower
 * case), so "xay va chong" marks "xây và chống". The output is escaped HTML with <mark>.
 */
import { ABBREVIATIONS, foldDiacritics } from '../vietnamese/index.ts';
import { escapeHtml } from './escape-html.ts';

/** A word of a text: its range in the original string and its folded form. */
interface Word {
  start: number;
  end: number;
  folded: string;
}

const wordPattern = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): Word[] {
  // foldDiacritics keeps the length of NFC text, so an index in the folded text is one in the original.
  const folded = foldDiacritics(text.normalize('NFC'));
  return [...folded.matchAll(wordPattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    folded: match[0],
  }));
}

const foldedAbbreviations = ABBREVIATIONS.map(({ short, long }) => ({
  short: foldDiacritics(short),
  long: long.map((form) => wordsOf(form).map((word) => word.folded).join(' ')),
}));

/**
 * The folded words of a query, without operators and quotes: "“xây” và -chống" → xay, va, chong;
 * then, as phrases (terms with spaces), what an abbreviation stands for and the other way round,
 * as Meilisearch's synonyms match them: "UBND" → ubnd, "uy ban nhan dan".
 */
export function queryTerms(query: string): string[] {
  const words = wordsOf(query).map((word) => word.folded);
  const joined = ` ${words.join(' ')} `;
  const synonyms = foldedAbbreviations.flatMap(({ short, long }) => [
    ...(words.includes(short) ? long : []),
    ...(long.some((form) => joined.includes(` ${form} `)) ? [short] : []),
  ]);
  return [...new Set([...words, ...synonyms])];
}

// Function words ("và", "của", "các") are marked only next to another matched word, as part of
// the phrase typed: alone they are everywhere and their marks would drown the others.
const functionWords = new Set('va cua cac nhung trong duoc la co cho voi de theo ve nay da se tu mot thi ma khi den tren tai hoac nhu do'.split(' '));

/** The last word typed may be unfinished: Meilisearch searches it as a prefix. */
function lastWord(terms: string[]): string | undefined {
  return terms.findLast((term) => !term.includes(' ') && term.length >= 2);
}

/** Which words to mark: matches, words of a synonym phrase, function words only beside another match. */
function marked(words: Word[], terms: string[]): boolean[] {
  const last = lastWord(terms);
  const hit = words.map((word) => terms.includes(word.folded) || (last !== undefined && word.folded.startsWith(last)));
  for (const phrase of terms.filter((term) => term.includes(' ')).map((term) => term.split(' '))) {
    for (let i = 0; i + phrase.length <= words.length; i += 1) {
      if (phrase.every((part, j) => words[i + j]?.folded === part)) phrase.forEach((_, j) => { hit[i + j] = true; });
    }
  }
  const content = terms.some((term) => !functionWords.has(term));
  return words.map((word, i) => hit[i] === true
    && (!content || !functionWords.has(word.folded) || hit[i - 1] === true || hit[i + 1] === true));
}

/** Escaped HTML of `text` (a range of it) with the query's words in <mark>. */
function markRange(text: string, words: Word[], terms: string[], start: number, end: number): string {
  let html = '';
  let at = start;
  const mark = marked(words, terms);
  for (const [i, word] of words.entries()) {
    if (word.start < start || word.end > end || !mark[i]) continue;
    html += `${escapeHtml(text.slice(at, word.start))}<mark>${escapeHtml(text.slice(word.start, word.end))}</mark>`;
    at = word.end;
  }
  return html + escapeHtml(text.slice(at, end));
}

/** The whole text as escaped HTML with every word of the query in <mark>. */
export function markTerms(text: string, terms: string[]): string {
  const nfc = text.normalize('NFC');
  return terms.length === 0 ? escapeHtml(nfc) : markRange(nfc, wordsOf(nfc), terms, 0, nfc.length);
}

/**
 * A snippet of about `length` characters around the densest cluster of the query's words, as
 * escaped HTML with <mark>; the start of the text when no word matches.
 */
export function snippetOf(text: string, terms: string[], length = 220): string {
  const nfc = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const words = wordsOf(nfc);
  const isHit = marked(words, terms);
  const hits = words.filter((_, i) => isHit[i]);
  let start = 0;
  if (hits.length > 0) {
    // Choose the hit that opens the window with the most distinct terms, then the longest run of
    // consecutive matching words (the phrase typed), then the most matches; open a little before it.
    let best = { score: -1, start: 0 };
    for (const [index, word] of words.entries()) {
      if (!isHit[index]) continue;
      const inWindow = hits.filter((other) => other.start >= word.start && other.end <= word.start + length * 0.75);
      let run = 0;
      while (isHit[index + run]) run += 1;
      const score = new Set(inWindow.map((other) => other.folded)).size * 10_000 + run * 100 + inWindow.length;
      if (score > best.score) best = { score, start: word.start };
    }
    start = Math.max(0, best.start - Math.floor(length / 4));
  }
  let end = Math.min(nfc.length, start + length);
  // Snap to word boundaries so no word is cut in half.
  const first = words.find((word) => word.end > start);
  if (first !== undefined && first.start < start) start = words.find((word) => word.start >= start)?.start ?? start;
  const cut = words.find((word) => word.start < end && word.end > end);
  if (cut !== undefined) end = cut.start;
  const body = markRange(nfc, words, terms, start, end).trim();
  return `${start > 0 ? '… ' : ''}${body}${end < nfc.length ? ' …' : ''}`;
}
