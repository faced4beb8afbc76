/**
 * Which words of a typed query Meilisearch sees. Meilisearch reads only the first 10 words of a
 * query, so a pasted sentence of 20 words would lose its last ones (often the place or the year
 * that made it precise). The query is split into units that must stay whole (a quoted phrase, a
 * document number such as "57-KL/TW", else a word); a query of up to 10 words goes as it is, a
 * longer one sends its rarest units (by how many sections have them) up to 10 words, in the order
 * typed, and the site checks the other units in the hits itself.
 */
import { foldedWords, hasDiacritics, parseDocumentNumber, toTelex } from '../vietnamese/index.ts';
import { typoTolerance } from '../meilisearch/settings.ts';
import { hasLongerTerm, numberKey, termFrequency, type TermTable } from '../terms/term-table.ts';

export { foldedWords };

/** Meilisearch uses the first 10 words of a query and ignores the rest. */
export const meiliWordLimit = 10;

/** A part of the query that is searched whole. */
export interface QueryUnit {
  /** As Meilisearch receives it: `"quảng bá hình ảnh"`, `57-KL/TW`, `xây`. */
  text: string;
  /** Its words, folded and lower-cased: ["quang", "ba", "hinh", "anh"]. */
  words: string[];
  /** True for a quoted phrase, whose words must be consecutive. */
  phrase: boolean;
}

/** Words of a text in their exact spelling, as Telex (lossless, one spelling per tone placement): "Hoà" → "hoaf". */
export function exactWords(text: string): string[] {
  return [...toTelex(text.normalize('NFC')).toLowerCase().matchAll(/[a-z0-9]+/g)].map((match) => match[0]);
}

/**
 * The quoted units typed with marks: quotes ask for these very words, so a hit must have them as
 * spelled ('"xây và chống"' does not match "xảy … nhanh chóng"), though Meilisearch matches any spelling.
 */
export function exactUnits(units: readonly QueryUnit[]): QueryUnit[] {
  return units.filter(isExactUnit).map((unit) => ({ ...unit, words: exactWords(unit.text) }));
}

/** Whether a unit is quoted and typed with marks, so that it must match as spelled. */
export function isExactUnit(unit: QueryUnit): boolean {
  return unit.phrase && hasDiacritics(unit.text);
}

/** Splits a cleaned query (see cleanQuery) into its units, in the order typed. */
export function queryUnits(query: string): QueryUnit[] {
  const units: QueryUnit[] = [];
  for (const match of query.matchAll(/"([^"]*)"|[^\s"]+/g)) {
    const phrase = match[1] !== undefined;
    const words = foldedWords(phrase ? (match[1] ?? '') : match[0]);
    if (words.length > 0) units.push({ text: phrase ? `"${match[1]?.trim()}"` : match[0], words, phrase });
  }
  return units;
}

/** Number of words of a list of units, as Meilisearch counts them. */
export function wordCount(units: readonly QueryUnit[]): number {
  return units.reduce((sum, unit) => sum + unit.words.length, 0);
}

/** The units Meilisearch sees and the units the site checks in the hits itself. */
export interface QueryChoice {
  sent: QueryUnit[];
  checked: QueryUnit[];
}

/**
 * Chooses the units Meilisearch sees: all of them when they fit in 10 words; else the rarest first
 * (`counts`: sections having each unit, by unit text; a unit not counted is taken as common) while
 * they fit, the first chosen even if it alone is longer, kept in the order typed.
 */
export function chooseUnits(units: readonly QueryUnit[], counts: ReadonlyMap<string, number>): QueryChoice {
  if (wordCount(units) <= meiliWordLimit) return { sent: [...units], checked: [] };
  const byRarity = units
    .map((unit, index) => ({ unit, index, count: counts.get(unit.text) ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.count - b.count || b.unit.words.length - a.unit.words.length || a.index - b.index);
  const chosen = new Set<number>();
  let words = 0;
  for (const { unit, index } of byRarity) {
    if (chosen.size > 0 && words + unit.words.length > meiliWordLimit) continue;
    chosen.add(index);
    words += unit.words.length;
  }
  return {
    sent: units.filter((_, index) => chosen.has(index)),
    checked: units.filter((_, index) => !chosen.has(index)),
  };
}

/** The query text of a list of units. */
export function unitsToQuery(units: readonly QueryUnit[]): string {
  return units.map((unit) => unit.text).join(' ');
}

/**
 * Whether a text (folded words, see foldedWords) has every unit: each word of a word unit
 * anywhere, the words of a phrase one after the other.
 */
export function hasEveryUnit(words: readonly string[], units: readonly QueryUnit[]): boolean {
  const padded = ` ${words.join(' ')} `;
  const present = new Set(words);
  return units.every((unit) => (unit.phrase ? padded.includes(` ${unit.words.join(' ')} `) : unit.words.every((word) => present.has(word))));
}

/** What the term table says of a query's units. */
export interface TableCounts {
  /** Sections having each unit, by unit text, at most: a phrase or a number counts as its rarest word, or as the number itself when the table has it. */
  counts: Map<string, number>;
  /** Units the corpus surely lacks: a word of them is nowhere (and no typo or longer word could stand for it). */
  missing: QueryUnit[];
  /** Units of several words whose words all exist: whether they occur together only Meilisearch can say. */
  unsure: QueryUnit[];
}

/** Whether Meilisearch could match a word the table lacks through a typo (8 letters and more, not a number). */
function typoCanMatch(word: string): boolean {
  return word.length >= typoTolerance.minWordSizeForTypos.oneTypo && !/^\d+$/.test(word);
}

/**
 * The counts of the units in the term table. A unit's count is an upper bound: the sections having
 * its rarest word (a phrase is rarer than its rarest word, never more common), or, for a document
 * number written as such ("57-KL/TW"), the sections writing that number. `lastIsPrefix`: the last
 * unit's last word may be unfinished, so a word it starts counts for it (its count is then unknown).
 */
export function countUnitsInTable(units: readonly QueryUnit[], table: TermTable, lastIsPrefix: boolean): TableCounts {
  const counts = new Map<string, number>();
  const missing: QueryUnit[] = [];
  const unsure: QueryUnit[] = [];
  units.forEach((unit, index) => {
    const prefixAt = lastIsPrefix && index === units.length - 1 && !unit.phrase ? unit.words.length - 1 : -1;
    const frequencies = unit.words.map((word, i) => {
      const whole = termFrequency(table, word);
      if (whole > 0 || i !== prefixAt) return whole;
      return hasLongerTerm(table, word) ? Number.POSITIVE_INFINITY : 0;
    });
    if (unit.words.some((word, i) => frequencies[i] === 0 && !typoCanMatch(word))) {
      missing.push(unit);
      counts.set(unit.text, 0);
      return;
    }
    const parsed = parseDocumentNumber(unit.text);
    const number = parsed !== undefined && foldedWords(parsed.canonical).join(' ') === unit.words.join(' ') ? termFrequency(table, numberKey(parsed.canonical)) : 0;
    // A word of 8 letters and more that the table lacks may match through a typo: unknown, as common.
    const rarest = Math.min(...frequencies.map((frequency) => (frequency === 0 ? Number.POSITIVE_INFINITY : frequency)));
    counts.set(unit.text, number > 0 ? Math.min(number, rarest) : rarest);
    if (unit.words.length > 1) unsure.push(unit);
  });
  return { counts, missing, unsure };
}
