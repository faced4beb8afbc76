/**
 * A search query parsed once, at the edge (the search parameters, the plan page's `q`), into what
 * every later step reads: the text as typed, the cleaned text Meilisearch is sent, its Telex form
 * (the exact spelling), the units that stay whole, the quoted units that must be spelled as typed,
 * the highlight terms, and whether the last word may be unfinished. Nothing downstream prepares
 * the query again.
 */
import { cleanQuery, hasDiacritics, MAX_QUERY_LENGTH, toTelex } from '../vietnamese/index.ts';
import { lastWordMayBePrefix, queryTerms, type Term } from './highlight.ts';
import { exactUnits, queryUnits, type QueryUnit } from './query-plan.ts';

/** The one length limit of a query, in characters. */
export const maxQueryLength = MAX_QUERY_LENGTH;

/** A query as every step of a search reads it. */
export interface PreparedQuery {
  /** As typed, trimmed: what the search box and links show. */
  typed: string;
  /** Straight balanced quotes, no NOT operator, single spaces: what Meilisearch is sent (up to 10 words of it). */
  text: string;
  /** `text` in Telex, quotes kept: its exact spelling ("chống" → "choongs"). */
  telex: string;
  /** Whether any word was typed with a mark (the exact spelling then ranks first). */
  marks: boolean;
  /** Whether the last word may be unfinished: no space or closing quote after it and no mark on it; it then also matches longer words. */
  lastIsPrefix: boolean;
  /** The parts searched whole (a quoted phrase, a number such as 57-KL/TW, a word), in the order typed. */
  units: QueryUnit[];
  /** The quoted units typed with marks, their words in Telex: a hit must have them as spelled. */
  exact: QueryUnit[];
  /** The words to mark in snippets and on the plan page. */
  terms: Term[];
}

/** Parses a query as typed; `raw` is at most maxQueryLength characters (the parameters say so to the reader first). */
export function prepareSearchQuery(raw: string): PreparedQuery {
  if (raw.length > maxQueryLength) throw new RangeError(`a query of ${raw.length} characters is longer than the ${maxQueryLength} the site takes`);
  const text = cleanQuery(raw);
  const units = queryUnits(text);
  const lastIsPrefix = !/\s$/u.test(raw) && lastWordMayBePrefix(text);
  return {
    typed: raw.trim(),
    text,
    telex: toTelex(text),
    marks: hasDiacritics(text),
    lastIsPrefix,
    units,
    exact: exactUnits(units),
    terms: queryTerms(text, lastIsPrefix),
  };
}
