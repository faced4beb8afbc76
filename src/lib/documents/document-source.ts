/** What the indexer reads: documents a plan at a time, or a whole corpus built in memory. */
import type { PlanDocument } from './plan-document.ts';
import type { SectionDocument } from './section-document.ts';

/** The documents of a corpus and the hash of what they were built from (plan files, categories, code). */
export interface Corpus {
  plans: PlanDocument[];
  sections: SectionDocument[];
  /** Hash of the inputs; the settings are hashed in by `reindex` itself. */
  hash: string;
}

/**
 * Documents built as they are read: the section documents a group (a plan) at a time, then the
 * plan documents, which need the whole corpus (citations).
 */
export interface DocumentSource {
  /** Hash of the inputs; the settings are hashed in by `reindex` itself. */
  hash: string;
  /** How many groups `sections()` yields (for the progress bar). */
  groups: number;
  /** Section documents, a group at a time; what it throws (a plan's file:line error) stops the reindex and is rethrown as it is. */
  sections(): Iterable<readonly SectionDocument[]>;
  /** The plan documents, one at a time; called once `sections()` is exhausted. */
  plans(): Iterable<PlanDocument>;
}

/**
 * Something fed every section document as it is made, in one pass, keeping what it needs (a
 * term table's builder): the documents themselves are not kept for it.
 */
export interface DocumentSink {
  add(document: SectionDocument): void;
}

/** A built corpus as a document source. */
export function corpusSource(corpus: Corpus): DocumentSource {
  return { hash: corpus.hash, groups: 1, sections: () => [corpus.sections], plans: () => corpus.plans };
}
