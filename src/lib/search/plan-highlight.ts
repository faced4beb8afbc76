/**
 * The words a plan page marks when reached from a search (`?q=…`): the query prepared once, as for
 * the search, then resolved against the plan's own text, so a word typed with marks keeps its
 * spelling where the plan has it ("uy tín" marks "tín", not "tin", "tình" or "Tỉnh"), and a last
 * word marks longer words only where the plan does not have it whole.
 */
import type { SectionDocument } from '../documents/section-document.ts';
import { termsIn, type Term } from './highlight.ts';
import { maxQueryLength, prepareSearchQuery, type PreparedQuery } from './prepared-query.ts';

/** What of each section the marking reads: the plan page must retrieve these fields. */
export type MarkedSectionText = Pick<SectionDocument, 'heading' | 'text' | 'textOriginal'>;

/** The prepared query of a plan page's `q`; null when there is none, or it is longer than a search takes (nothing is marked). */
export function planPageQuery(q: string | null): PreparedQuery | null {
  if (q === null || q.trim() === '' || q.length > maxQueryLength) return null;
  return prepareSearchQuery(q);
}

/** The terms marking a plan's sections for `query` (none without a query). */
export function planTerms(query: PreparedQuery | null, sections: readonly MarkedSectionText[]): Term[] {
  if (query === null) return [];
  const planText = sections.map((section) => `${section.heading}\n${section.text}\n${section.textOriginal ?? ''}`).join('\n');
  return termsIn(query.terms, planText);
}
