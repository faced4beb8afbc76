/**
 * Run a search request against the `sections` index. Every word counts: a hit has every word of
 * the query (matchingStrategy "all"), in any spelling the folding allows. A query with diacritics
 * becomes a federated multi-search: its Telex encoding on the Telex attributes, heading before
 * text (weighted up, so the exact spelling ranks first) and the plain query on the text attributes
 * (so every spelling is still found). A query longer than Meilisearch's 10 words sends its rarest
 * units (query-plan.ts) and the hits are checked for the rest here. When no section has every
 * word, the words no section has are named and the closest partial matches are returned apart.
 */
import type { FederatedMultiSearchParams, Meilisearch } from 'meilisearch';
import type { SectionDocument } from '../documents/section-document.ts';
import { hasDiacritics, prepareQuery, toTelex } from '../vietnamese/index.ts';
import { sectionTextAttributes, telexAttributes } from '../meilisearch/settings.ts';
import { termsIndexUid } from '../meilisearch/terms-index.ts';
import type { TermTable } from '../terms/term-table.ts';
import { requestToFilter } from './filters.ts';
import { snippetOf, type Term } from './highlight.ts';
import type { PreparedQuery } from './prepared-query.ts';
import { chooseUnits, countUnitsInTable, exactWords, foldedWords, hasEveryUnit, isExactUnit, meiliWordLimit, unitsToQuery, wordCount, type QueryUnit } from './query-plan.ts';
import { hitsPerPage, type SearchRequest } from './search-request.ts';
import { cachedTermTable, recheckTermTable } from './term-table-cache.ts';
import { facetAttributes, facetNames, type FacetName, type SearchHit, type SearchResult } from './search-result.ts';
import type { FacetCache, FacetCounts } from './facet-cache.ts';

/** Weight of the exact-diacritics (Telex) query against the plain one. */
const telexWeight = 2;

/** How many hits of a long query are fetched, at most, to check its other words in (the page is cut from those that pass). */
const candidateLimit = 200;

/**
 * The first candidates fetched: enough for the page asked and the next one. The words the site
 * checks are the query's commonest (the rarest go to Meilisearch), so most candidates usually pass
 * and the page fills from these; only when it does not are the rest, up to candidateLimit, fetched.
 */
function firstCandidates(page: number): number {
  return Math.min(candidateLimit, (page + 1) * hitsPerPage);
}

/** Document fields a hit needs. */
const retrieved = [
  'id', 'planSlug', 'anchor', 'path', 'heading', 'breadcrumb', 'text', 'repaired', 'planTitle', 'planType',
  'planNumber', 'issuer', 'level', 'province', 'provinceNow', 'date',
] satisfies (keyof SectionDocument)[];

/** Further fields a long query's hits are checked in: what the plain query searches, but for agencies and deadline. */
const checkedFields = ['documentHeading', 'aliases', 'textOriginal'] satisfies (keyof SectionDocument)[];

type HitDocument = Pick<SectionDocument, (typeof retrieved)[number]> & Partial<Pick<SectionDocument, (typeof checkedFields)[number]>>;

/** One query of the federated multi-search. */
export interface SectionQuery {
  indexUid: string;
  q: string;
  attributesToSearchOn: string[];
  filter: string[];
  attributesToRetrieve: string[];
  matchingStrategy: 'all' | 'frequency';
  sort?: string[];
  federationOptions?: { weight: number };
}

/**
 * What Meilisearch is asked: the query text (at most 10 words; ending with a space when its last
 * word must match whole), the units the site checks in the hits itself, and whether every word
 * must match ("all") or the closest partial matches are wanted.
 */
export interface QueryPlan {
  query: string;
  /**
   * The query as typed, with marks, when it has any: the exact-diacritics half is its Telex form.
   * Absent when `query` is already as typed.
   */
  typed?: string;
  /** Whether `query` holds quoted units in Telex, which only the Telex attributes can match. */
  telexPhrases?: boolean;
  checked: QueryUnit[];
  /** Quoted units typed with marks that Meilisearch does not see, which the site checks as spelled (their words in Telex). */
  exact?: QueryUnit[];
  matching: 'all' | 'frequency';
}

/** Whether the site checks the hits of a plan itself, on candidates fetched in one batch. */
function checks(plan: QueryPlan): boolean {
  return plan.checked.length > 0 || (plan.exact ?? []).length > 0;
}

/** The text Meilisearch is sent for `units`: a trailing space stops it matching the last word as a prefix, unless it may be unfinished. */
function sentText(units: readonly QueryUnit[], query: PreparedQuery): string {
  const text = unitsToQuery(units);
  const lastTyped = units.at(-1) === query.units.at(-1);
  return text === '' || (lastTyped && query.lastIsPrefix) ? text : `${text} `;
}

/**
 * The plan that sends `sent` and checks `checked`. A quoted unit typed with marks is sent in Telex
 * ('"xây và chống"' → '"xaay vaf choongs"'), which only the Telex attributes (heading, parents'
 * headings and text, as spelled) can match: Meilisearch then keeps the spelling itself, and the
 * site checks only the exact units it does not send.
 */
function planOf(query: PreparedQuery, sent: readonly QueryUnit[], checked: readonly QueryUnit[]): QueryPlan {
  const typed = sentText(sent, query);
  const exact = query.exact.filter((unit) => checked.some((other) => other.text === unit.text));
  if (!sent.some(isExactUnit)) return { query: typed, checked: [...checked], exact, matching: 'all' };
  const telexed = sentText(sent.map((unit) => (isExactUnit(unit) ? { ...unit, text: toTelex(unit.text) } : unit)), query);
  // The exact-diacritics half ranks the exact spellings of the other words first; with none typed
  // with marks it would only repeat the query.
  const looseMarks = sent.some((unit) => !isExactUnit(unit) && hasDiacritics(unit.text));
  return { query: telexed, ...(looseMarks ? { typed } : {}), telexPhrases: true, checked: [...checked], exact, matching: 'all' };
}

/**
 * The plan of a query when no unit has been counted: as typed when it fits in 10 words (what the
 * site sends for such a query), else the best 10-word window.
 */
export function defaultQueryPlan(query: PreparedQuery): QueryPlan {
  const fits = wordCount(query.units) <= meiliWordLimit;
  return fits ? planOf(query, query.units, []) : { query: `${prepareQuery(query.text)} `, checked: [], exact: query.exact, matching: 'all' };
}

/** The plan of a query with its units counted (`counts`, by unit text): the rarest units up to 10 words, the others checked by the site. */
export function countedQueryPlan(query: PreparedQuery, counts: ReadonlyMap<string, number>): QueryPlan {
  const choice = chooseUnits(query.units, counts);
  return planOf(query, choice.sent, choice.checked);
}

/** The attributes the plain half searches: the text attributes, and the Telex ones when the query holds Telex phrases. */
function plainAttributes(plan: QueryPlan): string[] {
  return plan.telexPhrases === true ? [...sectionTextAttributes, ...telexAttributes] : [...sectionTextAttributes];
}

/** The sort of a request: by date when asked, and for the empty query (newest plans first); undated plans come last. */
function requestSort(request: SearchRequest): string[] | undefined {
  if (request.sort === 'date-asc') return ['timestamp:asc', 'order:asc'];
  if (request.sort === 'date-desc' || request.query.units.length === 0) return ['timestamp:desc', 'order:asc'];
  return undefined;
}

/** Whether Meilisearch is asked to count the facets (false when they are cached or not wanted). */
export interface BodyOptions {
  facets: boolean;
  /** The candidates of a plan the site checks: from `offset`, `limit` of them (default: the first candidateLimit). */
  candidates?: { offset: number; limit: number };
}

/** The Meilisearch federated multi-search body for a request. */
export function requestToMultiSearch(request: SearchRequest, indexUid: string, plan: QueryPlan = defaultQueryPlan(request.query), options: BodyOptions = { facets: true }) {
  const filter = requestToFilter(request);
  const sort = requestSort(request);
  const checking = checks(plan);
  const attributesToRetrieve: string[] = checking ? [...retrieved, ...checkedFields] : [...retrieved];
  const base = { indexUid, filter, attributesToRetrieve, matchingStrategy: plan.matching, ...(sort ? { sort } : {}) };
  const queries: SectionQuery[] = [{ ...base, q: plan.query, attributesToSearchOn: plainAttributes(plan) }];
  // Federation merges by score and ignores sort: the exact-diacritics query only serves relevance.
  const typed = plan.typed ?? plan.query;
  if (sort === undefined && typed !== '' && hasDiacritics(typed)) {
    // Whole words always: a Telex prefix would let "choong" (chông) match "choongs" (chống).
    const sent = typed.trimEnd();
    queries.unshift({ ...base, q: `${sent === request.query.text ? request.query.telex : toTelex(sent)} `, attributesToSearchOn: [...telexAttributes], federationOptions: { weight: telexWeight } });
  }
  return {
    federation: {
      limit: checking ? (options.candidates?.limit ?? candidateLimit) : hitsPerPage,
      offset: checking ? (options.candidates?.offset ?? 0) : (request.page - 1) * hitsPerPage,
      ...(options.facets ? { facetsByIndex: { [indexUid]: facetNames.map((name) => facetAttributes[name]) }, mergeFacets: {} } : {}),
    },
    queries,
  };
}

/** One query per unit counting the sections that have it (in the whole corpus), for rarity and missing words. */
export function unitsToCountQueries(units: readonly QueryUnit[], indexUid: string) {
  return units.map((unit) => ({
    indexUid,
    // The trailing space stops Meilisearch from matching the last word as a prefix.
    q: `${unit.text} `,
    attributesToSearchOn: [...sectionTextAttributes] as string[],
    matchingStrategy: 'all' as const,
    limit: 0,
  }));
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
const facetFields: { field: 'provinces' | 'levels' | 'years' | 'categories' | 'agencies' | 'types' | 'cites'; names: FacetName[] }[] = [
  { field: 'provinces', names: ['province', 'provinceNow'] },
  { field: 'levels', names: ['level'] },
  { field: 'years', names: ['year'] },
  { field: 'categories', names: ['category'] },
  { field: 'agencies', names: ['agency'] },
  { field: 'types', names: ['type'] },
  { field: 'cites', names: ['cites'] },
];

/** Queries counting the facets that have a selection, each without its own filter. */
export function requestToFacetQueries(request: SearchRequest, indexUid: string, plan: QueryPlan = defaultQueryPlan(request.query)) {
  return facetFields
    .filter(({ field }) => request[field].length > 0)
    .map(({ field, names }) => ({
      indexUid,
      q: plan.query,
      attributesToSearchOn: plainAttributes(plan),
      matchingStrategy: plan.matching,
      filter: requestToFilter({ ...request, [field]: [] }),
      facets: names.map((name) => facetAttributes[name]),
      limit: 0,
    }));
}

/**
 * Every request `searchSections` sends to Meilisearch's /multi-search for `request` with `plan`,
 * all at once: the federated search, then (when a facet has a selection) the counts of the
 * selected facets. The benchmark times Meilisearch on exactly these bodies.
 */
export function requestToMeiliBodies(request: SearchRequest, indexUid: string, plan: QueryPlan = defaultQueryPlan(request.query), options: BodyOptions = { facets: true }) {
  const federated = requestToMultiSearch(request, indexUid, plan, options);
  const facetQueries = options.facets ? requestToFacetQueries(request, indexUid, plan) : [];
  return { federated, facets: facetQueries.length === 0 ? null : { queries: facetQueries } };
}

interface FederatedAnswer {
  hits: HitDocument[];
  total: number;
  took: number;
  facets: Record<FacetName, Record<string, number>>;
}

/** How a search counts its facets. */
export interface SearchOptions {
  /** "none": no counts at all (an export); the result's facets are then empty. Default "all". */
  facets?: 'all' | 'none';
  /** Counts kept per (query, filters) for the corpus version (the site's pages and API). */
  facetCache?: FacetCache;
}

/** No counts. */
function noFacets(): FacetCounts {
  return Object.fromEntries(facetNames.map((name) => [name, {}])) as FacetCounts;
}

/**
 * What the facet counts of a request under a plan depend on: the query sent and its matching, the
 * filters (values in any order), and whether the exact-diacritics query joins it (relevance order
 * only). Not the page, nor which of the two date orders.
 */
export function facetKey(request: SearchRequest, indexUid: string, plan: QueryPlan): string {
  const sorted = (values: readonly (string | number)[]) => [...values].map(String).sort();
  return JSON.stringify([
    indexUid, plan.query, plan.matching, requestSort(request) === undefined,
    sorted(request.provinces), sorted(request.levels), sorted(request.years), request.from, request.to,
    sorted(request.categories), sorted(request.agencies), sorted(request.types), sorted(request.cites),
  ]);
}

/** Run the bodies of a plan; the hits are the `candidates` asked for when the plan checks units, else the page. */
async function runPlan(client: Meilisearch, indexUid: string, request: SearchRequest, plan: QueryPlan, options: SearchOptions, candidates?: BodyOptions['candidates']): Promise<FederatedAnswer> {
  const wanted = options.facets !== 'none';
  const cache = wanted ? options.facetCache : undefined;
  const version = cache === undefined ? null : await cache.version();
  const key = version === null ? '' : facetKey(request, indexUid, plan);
  const cached = version === null ? undefined : cache?.get(version, key);
  const counting = wanted && cached === undefined;
  const { federated, facets: facetBody } = requestToMeiliBodies(request, indexUid, plan, { facets: counting, ...(candidates ? { candidates } : {}) });
  const [response, facetResponse] = await Promise.all([
    client.multiSearch<FederatedMultiSearchParams, HitDocument>(federated),
    facetBody === null ? null : (client.multiSearch(facetBody) as Promise<{ results: { facetDistribution?: Record<string, Record<string, number>> }[] }>),
  ]);
  // A selected facet is counted without its own filter, by the second request.
  const ownFacets: Record<string, Record<string, number>> = Object.assign({}, ...(facetResponse?.results ?? []).map((result) => result.facetDistribution ?? {}));
  const raw = response;
  const counted = Object.fromEntries(
    facetNames.map((name) => [name, ownFacets[facetAttributes[name]] ?? raw.facetDistribution?.[facetAttributes[name]] ?? {}]),
  ) as FacetCounts;
  if (counting && version !== null) cache?.set(version, key, counted);
  const facets = cached ?? counted;
  return { hits: raw.hits, total: raw.estimatedTotalHits ?? raw.hits.length, took: raw.processingTimeMs, facets };
}

/** Sections having each unit, in the whole corpus, by unit text. */
async function countUnits(client: Meilisearch, indexUid: string, units: readonly QueryUnit[]): Promise<Map<string, number>> {
  const distinct = units.filter((unit, i) => units.findIndex((other) => other.text === unit.text) === i);
  if (distinct.length === 0) return new Map();
  const response = (await client.multiSearch({ queries: unitsToCountQueries(distinct, indexUid) })) as { results: { estimatedTotalHits?: number }[] };
  return new Map(distinct.map((unit, i) => [unit.text, response.results[i]?.estimatedTotalHits ?? 0]));
}

/** The text of a hit the site checks a long query's other units in. */
function hitText(hit: HitDocument): string {
  return [
    hit.heading, hit.documentHeading ?? '', ...hit.breadcrumb, hit.text, ...(hit.aliases ?? []), hit.textOriginal ?? '',
    hit.planTitle, hit.planNumber ?? '', hit.issuer ?? '',
  ].join('\n');
}

/** Whether a hit has the units Meilisearch did not see, and the quoted units as spelled. */
function passesChecks(hit: HitDocument, plan: QueryPlan): boolean {
  const text = hitText(hit);
  const exact = plan.exact ?? [];
  // Each spelling of the text only when a unit needs it: Telex (for the exact units) costs twice the folding.
  return (plan.checked.length === 0 || hasEveryUnit(foldedWords(text), plan.checked)) && (exact.length === 0 || hasEveryUnit(exactWords(text), exact));
}

/**
 * The term table of a sections index: `<prefix>terms` beside `<prefix>sections`, read once per
 * corpus version; null for an index of another name (a test's own) or when there is none.
 */
function termTableOf(client: Meilisearch, indexUid: string): Promise<TermTable | null> {
  const kind = 'sections';
  if (!indexUid.endsWith(kind)) return Promise.resolve(null);
  return cachedTermTable(client, termsIndexUid(indexUid.slice(0, -kind.length)));
}

/**
 * Search the sections index; Meilisearch errors propagate (the caller maps them to 503/400). With
 * the term table, a query of any length that some section answers whole is one request to
 * Meilisearch; without it (an index built before the table), a long query first counts its units.
 * `table`: the term table to use instead of the one beside `indexUid` (null: none).
 */
export async function searchSections(client: Meilisearch, indexUid: string, request: SearchRequest, table?: TermTable | null, options: SearchOptions = {}): Promise<SearchResult> {
  const { query } = request;
  if (query.typed !== request.q.trim()) throw new Error(`searchSections: the request's query was prepared from "${query.typed}", not from q "${request.q}"; build requests with withQuery`);
  const { units, terms } = query;
  const long = wordCount(units) > meiliWordLimit;
  const termTable = units.length === 0 ? null : table === undefined ? await termTableOf(client, indexUid) : table;
  const fromTable = termTable === null ? null : countUnitsInTable(units, termTable, query.lastIsPrefix);
  if (fromTable !== null && fromTable.missing.length > 0) {
    // A table may predate a reindex (the site's copy is checked at most every 30 s): a word it
    // lacks is asked of Meilisearch before it is called missing. Found after all, the table is
    // stale: the site's copy is read again, and this search goes on without it.
    const asked = await countUnits(client, indexUid, fromTable.missing);
    if ([...asked.values()].some((count) => count > 0)) {
      if (table === undefined) recheckTermTable(client, termsIndexUid(indexUid.slice(0, -'sections'.length)));
      return searchSections(client, indexUid, request, null, options);
    }
  }
  const counts = fromTable?.counts ?? (long ? await countUnits(client, indexUid, units) : new Map<string, number>());
  const missing = new Set(fromTable?.missing ?? units.filter((unit) => counts.get(unit.text) === 0));

  if (missing.size === 0) {
    const plan = countedQueryPlan(query, counts);
    const checking = checks(plan);
    const answer = await runPlan(client, indexUid, request, plan, options, checking ? { offset: 0, limit: firstCandidates(request.page) } : undefined);
    let fetched = answer.hits.length;
    let hits = checking ? answer.hits.filter((hit) => passesChecks(hit, plan)) : answer.hits;
    if (checking && hits.length < request.page * hitsPerPage && answer.total > fetched && fetched < candidateLimit) {
      // The page did not fill from the first candidates: the rest, up to candidateLimit (their facets are the first answer's).
      const rest = await runPlan(client, indexUid, request, plan, { ...options, facets: 'none' }, { offset: fetched, limit: candidateLimit - fetched });
      fetched += rest.hits.length;
      hits = [...hits, ...rest.hits.filter((hit) => passesChecks(hit, plan))];
    }
    // Every candidate checked: the count is exact. Beyond them it is estimated from the share that passed, and says so.
    const exhausted = !checking || answer.total <= fetched;
    const total = !checking ? answer.total
      : exhausted ? hits.length : Math.round((answer.total * hits.length) / Math.max(1, fetched));
    const found = { total, totalIsEstimate: !exhausted, matching: 'all' as const, partialTotal: 0, missingWords: [] };
    if (total > 0 || units.length === 0) {
      if (!checking) return toResult(request, answer, hits, terms, found);
      const page = hits.slice((request.page - 1) * hitsPerPage, request.page * hitsPerPage);
      // Pages reach as far as candidates can be fetched: the hits checked, or the estimate within candidateLimit.
      const reach = exhausted ? hits.length : Math.min(total, candidateLimit);
      return { ...toResult(request, answer, page, terms, found), pages: Math.max(1, Math.ceil(reach / hitsPerPage)) };
    }
  }

  // No section has every word: name the words none has, then the closest partial matches. What the
  // table cannot tell (whether a phrase's words occur together, a word a typo might stand for) or,
  // without a table, every unit of a short query, Meilisearch counts.
  const unknown = units.filter((unit) => !missing.has(unit) && (fromTable === null ? !long : unit.words.length > 1 || !Number.isFinite(counts.get(unit.text))));
  if (unknown.length > 0) {
    for (const [text, count] of await countUnits(client, indexUid, unknown)) {
      counts.set(text, count);
      if (count === 0) for (const unit of unknown) if (unit.text === text) missing.add(unit);
    }
  }
  const missingWords = units.filter((unit) => missing.has(unit)).map((unit) => unit.text);
  const present = units.filter((unit) => !missing.has(unit));
  const choice = chooseUnits(present, counts);
  // A query whose every word is missing has no partial match to offer.
  const partial = present.length === 0 ? null
    : await runPlan(client, indexUid, request, { query: sentText(choice.sent, query), checked: [], matching: 'frequency' }, options);
  const answer = partial ?? { hits: [], total: 0, took: 0, facets: noFacets() };
  return toResult(request, answer, answer.hits, terms, { total: 0, totalIsEstimate: false, matching: 'partial', partialTotal: answer.total, missingWords });
}

function toResult(
  request: SearchRequest,
  answer: FederatedAnswer,
  page: readonly HitDocument[],
  terms: readonly Term[],
  counts: Pick<SearchResult, 'total' | 'totalIsEstimate' | 'matching' | 'partialTotal' | 'missingWords'>,
): SearchResult {
  const shown = counts.matching === 'all' ? counts.total : counts.partialTotal;
  return {
    q: request.q,
    ...counts,
    facets: answer.facets,
    hits: page.map((hit) => documentToHit(hit, terms)),
    page: request.page,
    pages: Math.max(1, Math.ceil(shown / hitsPerPage)),
    took: answer.took,
  };
}
