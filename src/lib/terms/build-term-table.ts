/**
 * Builds the term table at index time, fed one section document at a time (the indexer streams
 * documents and never holds the corpus): for each section, the distinct folded words of every
 * field the search looks in (heading, parents' headings, text, aliases, OCR text, the plan's
 * title, number and issuer, agencies, deadline), and the document numbers they write.
 */
import type { SectionDocument } from '../documents/section-document.ts';
import { sectionTextAttributes } from '../meilisearch/settings.ts';
import { findDocumentNumbers, foldedWords } from '../vietnamese/index.ts';
import { numberKey, termTableOf, type TermTable } from './term-table.ts';

/** The fields a section is counted in: those the plain query searches. */
type CountedField = (typeof sectionTextAttributes)[number];

/** What the builder reads of a section document. */
export type TermSource = Pick<SectionDocument, CountedField>;

/** Adds sections one at a time; `result` gives the table of all added so far. */
export interface TermTableBuilder {
  add(document: TermSource): void;
  result(): TermTable;
}

/** A new, empty builder for the corpus of version `version` (its hash). */
export function createTermTableBuilder(version: string): TermTableBuilder {
  const frequencies = new Map<string, number>();
  let sections = 0;
  return {
    add(document) {
      const text = sectionTextAttributes.map((field) => fieldText(document[field])).join('\n');
      const keys = new Set(foldedWords(text));
      // Every document number has a slash: most sections have none, and skip the scan.
      if (text.includes('/')) for (const number of findDocumentNumbers(text)) keys.add(numberKey(number));
      for (const key of keys) frequencies.set(key, (frequencies.get(key) ?? 0) + 1);
      sections += 1;
    },
    result: () => termTableOf(version, sections, frequencies),
  };
}

function fieldText(value: string | readonly string[] | null): string {
  if (value === null) return '';
  return typeof value === 'string' ? value : value.join('\n');
}
