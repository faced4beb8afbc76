/**
 * What the plan page (`/ke-hoach/<slug>`) computes from its sections and URL: the links between the
 * repaired and the OCR version, the document's name and the title (the marked words: search/plan-highlight.ts).
 */
import type { PlanSection } from '../search/plan-sections.ts';

/** Which text of an OCR plan the page shows: the repaired one, or the original as read (`?ban=goc`). */
export type PlanVersion = 'repaired' | 'original';

/** The plan page's own parameter: the version (the query is read by search/plan-highlight.ts). */
export function planPageParams(params: URLSearchParams): { version: PlanVersion } {
  return { version: params.get('ban') === 'goc' ? 'original' : 'repaired' };
}

/** The link to the plan in one version, keeping the query: "/ke-hoach/x?q=…&ban=goc". */
export function planVersionHref(permalinkBase: string, q: string, to: PlanVersion): string {
  const params = new URLSearchParams();
  if (q !== '') params.set('q', q);
  if (to === 'original') params.set('ban', 'goc');
  const query = params.toString();
  return query === '' ? permalinkBase : `${permalinkBase}?${query}`;
}

/** "Kế hoạch số 254-KH/TU", "Công văn" for a document without a number. */
export function planDocumentName(first: Pick<PlanSection, 'planType' | 'planNumber'>): string {
  return `${first.planType ?? 'Văn bản'}${first.planNumber ? ` số ${first.planNumber}` : ''}`;
}

/** The page title: the document's name and its issuer. */
export function planPageTitle(first: Pick<PlanSection, 'planType' | 'planNumber' | 'issuer'> | undefined): string {
  return first ? `${planDocumentName(first)}${first.issuer ? ` – ${first.issuer}` : ''}` : 'Không có kế hoạch';
}

/** Whether a URL segment can be a plan's slug (the importer's slugs: a-z, 0-9 and "-"). */
export function isPlanSlug(slug: string): boolean {
  return /^[a-z0-9][a-z0-9-]{0,150}$/.test(slug);
}
