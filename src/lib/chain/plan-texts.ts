/** The sections of a plan with their plain text, in order, from the sections index: what a comparison reads. */
import type { Meilisearch } from 'meilisearch';
import type { SectionDocument } from '../sections/section-document.ts';
import { planFilter } from '../search/filters.ts';

const textFields = ['anchor', 'path', 'heading', 'text', 'order', 'repaired'] satisfies (keyof SectionDocument)[];

/** A section as a comparison reads it. */
export type SectionText = Pick<SectionDocument, (typeof textFields)[number]>;

/** Sections of the plan with this slug, by order; [] when there is no such plan. */
export async function fetchSectionTexts(client: Meilisearch, indexUid: string, planSlug: string): Promise<SectionText[]> {
  const response = await client.index(indexUid).search<SectionText>('', {
    filter: planFilter(planSlug),
    sort: ['order:asc'],
    limit: 2000,
    attributesToRetrieve: textFields,
  });
  return response.hits;
}
