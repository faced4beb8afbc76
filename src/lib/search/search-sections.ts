/**
 * Run a search request against the `sections` index. A query with diacritics becomes a federated
 * multi-search: its Telex encoding on the Telex attributes, heading before text (weighted up, so
 * the exact spelling ranks first) and the plain query on the text attributes (so every spelling is still found).
 */
import type { Meilisearch } from 'meilisearch';
import type { SectionDocument } from '../sections/section-document.ts';
import { hasDiacritics, prepareQuery, queryToTelex } from '../vietnamese/index.ts';
import { sectionTextAttributes, telexAttributes } from '../meilisearch/settings.ts';
import { requestToFilter } from './filters.ts';
import { queryTerms, snippetOf, type Term } from './highlight.ts';
import { hitsPerPage, type SearchRequest } from './search-request.ts';
import { facetAttributes, facetNames, type FacetName, type SearchHit, type SearchResult } from './search-result.ts';

/** Weight of the exact-diacritics (Telex) query against the plain one. */
const telexWeight = 2;


/** Document fields a hit needs. */
const retrieved = [
  'id', 'planSlug', 'anchor', 'path', 'heading', 'breadcrumb', 'text', 'repaired', 'planTitle', 'planType',
  'planNumber', 'issuer', 'level', 'province', 'provinceNow', 'date',
] satisfies (keyof SectionDocument)[];

type HitDocument = Pick<SectionDocument, (typeof retrieved)[number]>;

/** One query of the federated multi-search. */
export interface SectionQuery {
  indexUid: string;
  q: string;
  attributesToSearchOn: string[];
  filter: string[];
  attributesToRetrieve: string[];
  sort?: string[];
  federationOptions?: { weight: number };
}

/** The Meilisearch federated multi-search body for a request. */
export function requestToMultiSearch(request: SearchRequest, indexUid: string) {
  const prepared = prepareQuery(request.q);
  const filter = requestToFilter(request);
  const sort = request.sort === 'relevance' ? undefined
    : [request.sort === 'date-desc' ? 'timestamp:desc' : 'timestamp:asc', 'order:asc'];
  const base = { indexUid, filter, attributesToRetrieve: [...retrieved] as string[], ...(sort ? { sort } : {}) };
  const queries: SectionQuery[] = [{ ...base, q: prepared, attributesToSearchOn: [...sectionTextAttributes] }];
  // Federation merges by score and ignores sort: the exact-diacritics query only serves relevance.
  if (request.sort === 'relevance' && prepared !== '' && hasDiacritics(prepared)) {
    queries.unshift({ ...base, q: queryToTelex(prepared), attributesToSearchOn: [...telexAttributes], federationOptions: { weight: telexWeight } });
  }
  return {
    federation: {
      limit: hitsPerPage,
      offset: (request.page - 1) * hitsPerPage,
      facetsByIndex: { [indexUid]: facetNames.map((name) => facetAttributes[name]) },
      mergeFacets: {},
    },
    queries,
  };
}

/** The section permalink. */
export function sectionUrl(planSlug: string, anchor: string): string {
  return `/ke-hoach/${encodeURIComponent(planSlug)}#${encodeURIComponent(anchor)}`;
}

/** A hit as the API returns it. */
export function documentToHit(document: HitDocument, terms: readonly Term[]): SearchHit {
  return {
    url: sectionUrl(document.planSlug, document.anchor),
    plan: {
      slug: document.planSlug,
      number: document.planNumber,
      title: document.planTitle,
      type: document.planType,
      issuer: document.issuer,
      level: document.level as SearchHit['plan']['level'],
      province: document.province,
      provinceNow: document.provinceNow,
      date: document.date,
    },
    section: { path: document.path, anchor: document.anchor, heading: document.heading, breadcrumb: document.breadcrumb },
    snippet: snippetOf(document.text, terms),
    repaired: document.repaired,
  };
}

// A selected facet value must not hide the other values of its facet (so a second province can be
// added): each facet with a selection is counted by a query without its own filter.
const facetFields: { field: 'provinces' | 'levels' | 'years' | 'categories' | 'agencies'; names: FacetName[] }[] = [
  { field: 'provinces', names: ['province', 'provinceNow'] },
  { field: 'levels', names: ['level'] },
  { field: 'years', names: ['year'] },
  { field: 'categories', names: ['category'] },
  { field: 'agencies', names: ['agency'] },
];

/** Queries counting the facets that have a selection, each without its own filter. */
export function requestToFacetQueries(request: SearchRequest, indexUid: string) {
  return facetFields
    .filter(({ field }) => request[field].length > 0)
    .map(({ field, names }) => ({
      indexUid,
      q: prepareQuery(request.q),
      attributesToSearchOn: [...sectionTextAttributes] as string[],
      filter: requestToFilter({ ...request, [field]: [] }),
      facets: names.map((name) => facetAttributes[name]),
      limit: 0,
    }));
}

/**
 * Every request `searchSections` sends to Meilisearch's /multi-search for `request`, in the order
 * it sends them, all at once: the federated search, then (when a facet has a selection) the
 * counts of the selected facets. The benchmark times Meilisearch on exactly these bodies.
 */
export function requestToMeiliBodies(request: SearchRequest, indexUid: string) {
  const federated = requestToMultiSearch(request, indexUid);
  const facetQueries = requestToFacetQueries(request, indexUid);
  return { federated, facets: facetQueries.length === 0 ? null : { queries: facetQueries } };
}

/** Search the sections index; Meilisearch errors propagate (the caller maps them to 503/400). */
export async function searchSections(client: Meilisearch, indexUid: string, request: SearchRequest): Promise<SearchResult> {
  const { federated, facets: facetBody } = requestToMeiliBodies(request, indexUid);
  const [response, facetResponse] = await Promise.all([
    client.multiSearch<typeof federated, HitDocument>(federated as never),
    facetBody === null ? null : client.multiSearch(facetBody),
  ]);
  // A selected facet is counted without its own filter, by the second request.
  const ownFacets: Record<string, Record<string, number>> = Object.assign({}, ...(facetResponse?.results ?? []).map((result) => result.facetDistribution ?? {}));
  const raw = response as unknown as {
    hits: HitDocument[];
    estimatedTotalHits?: number;
    processingTimeMs: number;
    facetDistribution?: Record<string, Record<string, number>>;
  };
  const terms = queryTerms(prepareQuery(request.q));
  const total = raw.estimatedTotalHits ?? raw.hits.length;
  const facets = Object.fromEntries(
    facetNames.map((name) => [name, ownFacets[facetAttributes[name]] ?? raw.facetDistribution?.[facetAttributes[name]] ?? {}]),
  ) as Record<FacetName, Record<string, number>>;
  return {
    q: request.q,
    total,
    facets,
    hits: raw.hits.map((hit) => documentToHit(hit, terms)),
    page: request.page,
    pages: Math.max(1, Math.ceil(total / hitsPerPage)),
    took: raw.processingTimeMs,
  };
}
