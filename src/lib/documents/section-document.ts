/**
 * One Meilisearch document per plan section: the indexing unit of the project.
 * A section is a heading up to the next heading of the same or higher rank (mdast-util-heading-range's
 * notion); its text is its own, not its children's. The text before the first heading is the
 * preamble section (anchor "mo-dau").
 */
import type { PlanMeta } from '../plan/plan-meta.ts';
import type { Section } from '../sections/parse-sections.ts';
import type { TaskFields } from '../sections/task-fields.ts';
import type { PlanDates, PlanFacts } from './plan-document.ts';

/** A section's own fields, as parseSections gives them (`text` is the repaired text for OCR plans). */
type SectionFields = Pick<Section, 'anchor' | 'path' | 'heading' | 'breadcrumb' | 'order' | 'depth' | 'text' | 'markdown'>;

/** The section, its plan's front matter flattened for filtering, faceting and display, and the task fields found in the section itself. */
export interface SectionDocument extends SectionFields, PlanFacts, PlanDates, TaskFields {
  /** `${planSlug}__${anchor}`: unique, stable across reindexing, Meilisearch-safe ([a-z0-9_-]). */
  id: string;
  planSlug: string;
  /**
   * For the plan's opening section (order 0): its type, number in the forms people write it and
   * title (see opening-heading.ts), searched at heading rank; "" for every other section.
   */
  documentHeading: string;
  /** For OCR plans: the section's text as OCR read it; null otherwise. */
  textOriginal: string | null;
  /** For OCR plans: the section's Markdown as OCR read it; null otherwise. */
  markdownOriginal: string | null;
  /** Lossless Telex-like ASCII encoding of the heading and document heading, so exact diacritics can rank first (and a heading match above a text match). */
  telexHeading: string;
  /** Telex encoding of the breadcrumb (the parents' headings). */
  telexBreadcrumb: string;
  /** Lossless Telex-like ASCII encoding of the text. */
  telex: string;
  /** Words the text implies without saying them: long forms of abbreviations, province names before/after 2025. */
  aliases: string[];
  /** True when `text` is OCR-repaired text. */
  repaired: boolean;
  planTitle: PlanMeta['title'];
  /** The document type as the front matter gives it; null when unknown. */
  planType: PlanMeta['type'];
  /** The type facet: `planType`, or "Chưa xác định" when unknown (a facet cannot count null). */
  documentType: string;
  planNumber: PlanMeta['number'];
  /** Task category ids from `content/categories.yaml`, own or inherited from the heading path. */
  categories: string[];
}
