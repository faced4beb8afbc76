/**
 * Atom feeds (RFC 4287, written by the `feed` library): plans newest first, each entry a plan
 * with its issuer as author; for a search, each entry lists the plan's sections that match.
 */
import { Feed } from 'feed';
import type { SearchHit } from '../search/search-result.ts';
import { escapeHtml } from '../search/escape-html.ts';

/** What an entry shows of a plan: fields a plan document and a search hit's plan both have. */
export type FeedPlan = Pick<SearchHit['plan'], 'slug' | 'number' | 'title' | 'type' | 'issuer' | 'province' | 'date'>;

/** A feed's own facts. */
export interface FeedContext {
  /** "https://host": feed and entry ids and links are absolute. */
  origin: string;
  /** Path and query of the feed itself ("/moi.atom"). */
  self: string;
  /** Path and query of the page the feed follows ("/ke-hoach", "/?q=…"). */
  page: string;
  title: string;
}

/** Entries a feed holds at most. */
export const maxFeedEntries = 100;
const siteName = 'Tra cứu kế hoạch 57-KL/TW';

/** The plan's date of issue as a Date (UTC midnight); null when the text gives none. */
function issued(plan: FeedPlan): Date | null {
  return plan.date === null ? null : new Date(`${plan.date}T00:00:00Z`);
}

/** "Kế hoạch số 162-KH/HU – Huyện ủy Sơn Hà". */
export function planEntryTitle(plan: FeedPlan): string {
  return `${plan.type ?? 'Văn bản'}${plan.number ? ` số ${plan.number}` : ''}${plan.issuer ? ` – ${plan.issuer}` : ''}`;
}

/**
 * The Atom XML of plans, in the order given, each with the sections given for it (a search's hits).
 * Atom requires a date on every entry: a plan whose text gives none carries the newest date of
 * the feed (the epoch when no plan has one), and so does the feed's own `updated`.
 */
export function plansToAtom(plans: readonly FeedPlan[], context: FeedContext, sections: ReadonlyMap<string, SearchHit[]> = new Map()): string {
  const shown = plans.slice(0, maxFeedEntries);
  const dates = shown.map(issued).filter((date) => date !== null).map((date) => date.getTime());
  const newest = new Date(dates.length === 0 ? 0 : Math.max(...dates));
  const feed = new Feed({
    id: new URL(context.self, context.origin).href,
    title: context.title,
    link: new URL(context.page, context.origin).href,
    feedLinks: { atom: new URL(context.self, context.origin).href },
    updated: newest,
    language: 'vi',
    author: { name: siteName, link: context.origin },
    generator: siteName,
  });
  for (const plan of shown) {
    const link = new URL(`/ke-hoach/${encodeURIComponent(plan.slug)}`, context.origin).href;
    const hits = sections.get(plan.slug) ?? [];
    feed.addItem({
      id: link,
      // The library marks titles and summaries as type="html": plain text is escaped to stay text.
      title: escapeHtml(planEntryTitle(plan)),
      link,
      date: issued(plan) ?? newest,
      description: escapeHtml(`${plan.title}${plan.province ? ` (${plan.province})` : ''}`),
      ...(hits.length > 0 ? { content: sectionList(hits, context.origin) } : {}),
      author: [{ name: plan.issuer ?? 'Văn bản không ghi cơ quan ban hành' }],
    });
  }
  return feed.atom1();
}

/** The plans of search hits, in the order of their first hit, with their hits. */
export function groupHitsByPlan(hits: readonly SearchHit[]): { plans: FeedPlan[]; sections: Map<string, SearchHit[]> } {
  const sections = new Map<string, SearchHit[]>();
  const plans: FeedPlan[] = [];
  for (const hit of hits) {
    const list = sections.get(hit.plan.slug);
    if (list === undefined) {
      sections.set(hit.plan.slug, [hit]);
      plans.push(hit.plan);
    } else {
      list.push(hit);
    }
  }
  return { plans, sections };
}

function sectionList(hits: readonly SearchHit[], origin: string): string {
  const items = hits.map((hit) => `<li><a href="${escapeHtml(new URL(hit.url, origin).href)}">${escapeHtml(hit.section.heading)}</a>: ${hit.snippet}</li>`);
  return `<p>Các mục khớp với tìm kiếm:</p><ul>${items.join('')}</ul>`;
}
