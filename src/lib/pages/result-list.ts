/** How a hit of the search page is named and linked. */
import type { SearchHit } from '../search/search-result.ts';

/**
 * Which document a hit is from, as it is read and shown ("Kế hoạch 254-KH/TU", "Công văn của Bộ
 * Ngoại giao"): the hit's title adds the section, so links to like-named sections of different
 * plans differ.
 */
export function hitDocumentName(plan: SearchHit['plan']): string {
  return [plan.type ?? 'Văn bản', plan.number ?? (plan.issuer ? `của ${plan.issuer}` : null)].filter((part) => part !== null).join(' ');
}

/** The hit's link, carrying the query so the plan page can mark its words: "/ke-hoach/x?q=…#ii-1". */
export function hitHref(url: string, q: string): string {
  if (q === '') return url;
  const [path, anchor] = url.split('#');
  return `${path}?q=${encodeURIComponent(q)}${anchor === undefined ? '' : `#${anchor}`}`;
}
