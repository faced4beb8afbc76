/** The sections of a plan with their plain text, in order, from the sections index: what a comparison reads. */
import type { Meilisearch } from 'meilisearch';
import { fetchSectionFields } from '../search/plan-sections.ts';
import type { SectionDocument } from '../documents/section-document.ts';

const textFields = ['anchor', 'path', 'heading', 'text', 'order', 'repaired'] satisfies (keyof SectionDocument)[];

/** A section as a comparison reads it. */
export type SectionText = Pick<SectionDocument, (typeof textFields)[number]>;

/** Sections of the plan with this slug, by order; [] when there is no such plan. */
export function fetchSectionTexts(client: Meilisearch, indexUid: string, planSlug: string): Promise<SectionText[]> {
  return fetchSectionFields(client, indexUid, planSlug, textFields);
}
