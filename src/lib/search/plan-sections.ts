/**
 * The sections of one plan, in order, from the sections index: what the plan page renders.
 * The anchors are the index's own, so a search hit always lands on an existing section.
 */
import type { Meilisearch } from 'meilisearch';
import type { SectionDocument } from '../documents/section-document.ts';
import { planFilter } from './filters.ts';

/** Fields the plan page needs from each section document. */
const planFields = [
  // text and textOriginal: the plan page marks a word typed with marks as spelled only when the plan has that spelling.
  'planSlug', 'anchor', 'path', 'heading', 'breadcrumb', 'order', 'depth', 'text', 'textOriginal', 'markdown', 'markdownOriginal', 'repaired',
  'planTitle', 'planType', 'planNumber', 'issuer', 'level', 'province', 'provinceNow', 'district', 'date', 'categories',
  'leadAgencies', 'deadline',
] satisfies (keyof SectionDocument)[];

export type PlanSection = Pick<SectionDocument, (typeof planFields)[number]>;

/** Sections of the plan with this slug, by order, with the given fields; [] when there is no such plan. */
export async function fetchSectionFields<F extends keyof SectionDocument>(
  client: Meilisearch,
  indexUid: string,
  planSlug: string,
  fields: readonly F[],
): Promise<Pick<SectionDocument, F>[]> {
  const response = await client.index(indexUid).search<Pick<SectionDocument, F>>('', {
    filter: planFilter(planSlug),
    sort: ['order:asc'],
    limit: 2000,
    attributesToRetrieve: [...fields],
  });
  return response.hits;
}

/** Sections of the plan with this slug, by order, as the plan page renders them; [] when there is no such plan. */
export function fetchPlanSections(client: Meilisearch, indexUid: string, planSlug: string): Promise<PlanSection[]> {
  return fetchSectionFields(client, indexUid, planSlug, planFields);
}

/** A table-of-contents entry with its sub-sections. */
export interface TocEntry {
  anchor: string;
  heading: string;
  children: TocEntry[];
}

/** Nest sections by depth into a table of contents. */
export function sectionsToToc(sections: Pick<PlanSection, 'anchor' | 'heading' | 'depth'>[]): TocEntry[] {
  const root: TocEntry[] = [];
  const stack: { depth: number; entry: TocEntry }[] = [];
  for (const section of sections) {
    const entry: TocEntry = { anchor: section.anchor, heading: section.heading, children: [] };
    while (stack.length > 0 && (stack.at(-1)?.depth ?? 0) >= section.depth) stack.pop();
    (stack.at(-1)?.entry.children ?? root).push(entry);
    stack.push({ depth: section.depth, entry });
  }
  return root;
}
