/**
 * The site's requests to the sharded index rewritten into Meilisearch's own remote federated search
 * (the `network` experimental feature of 1.21, `federationOptions.remote`), and the answers put back
 * into the shape the site asked for. The first shard runs each query on every shard (itself
 * included) and merges hits by ranking score (or by the sort), totals, and facet counts
 * (`facetsByIndex` with `mergeFacets`, which 1.21 accepts across remotes): the answers are those of
 * one Meilisearch holding every document.
 *
 * - A federated multi-search: each query on the sharded index becomes one query per shard.
 * - A multi-search of separate queries (counts, facet counts): each query on the sharded index
 *   becomes a federated search of its own over the shards; the others are sent as they are.
 * - A search of the sharded index (`/indexes/<uid>/search`): a federated search over the shards,
 *   or over the one shard of the plan when it asks for one plan's sections (`planSlug = "…"`).
 *
 * A shard that does not answer makes the whole request fail (Meilisearch reports it in
 * `remoteErrors` and serves the other shards' hits): a partial answer would look whole to the reader.
 */
import { shardOf } from './shard-of.ts';

/** Where the sharded index lives. */
export interface ShardRouting {
  /** The shard names, as in Meilisearch's network. */
  remotes: readonly string[];
  /** Uid of the sharded index (`<prefix>sections`); other indexes live on the first shard only. */
  shardedIndex: string;
}

/** What to send instead of one request, and how to make its answer from theirs. */
export interface ShardedCall {
  requests: { path: string; body: Record<string, unknown> }[];
  combine(answers: readonly unknown[]): unknown;
}

/** Remote federated search across shards failed for some shards. */
export class ShardSearchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShardSearchError';
  }
}

type Query = Record<string, unknown>;

/** Search parameters a federated query may not carry: they move to `federation`. */
const federationLevel = ['limit', 'offset', 'facets', 'page', 'hitsPerPage'] as const;

/** The call that replaces `POST <path>` with `body`, or null when the request does not touch the sharded index. */
export function routeAcrossShards(path: string, body: unknown, routing: ShardRouting): ShardedCall | null {
  if (!isRecord(body)) return null;
  if (path.endsWith('/multi-search') && Array.isArray(body.queries)) {
    const queries = body.queries.filter(isRecord);
    if (!queries.some((query) => query.indexUid === routing.shardedIndex)) return null;
    return isRecord(body.federation) ? federatedCall(body, queries, routing) : separateCall(queries, routing);
  }
  if (path.endsWith(`/indexes/${encodeURIComponent(routing.shardedIndex)}/search`)) {
    const request = federate({ ...body, indexUid: routing.shardedIndex }, routing);
    return { requests: [request], combine: ([answer]) => toSearchAnswer(checked(answer), body) };
  }
  return null;
}

/** A federated multi-search with each query of the sharded index sent to every shard. */
function federatedCall(body: Record<string, unknown>, queries: Query[], routing: ShardRouting): ShardedCall {
  const spread = queries.flatMap((query) => (query.indexUid === routing.shardedIndex ? onShards(query, routing.remotes) : [query]));
  return { requests: [{ path: '/multi-search', body: { ...body, queries: spread } }], combine: ([answer]) => checked(answer) };
}

/** Separate queries: those of the sharded index each as a federated search, the rest together as asked. */
function separateCall(queries: Query[], routing: ShardRouting): ShardedCall {
  const local = queries.filter((query) => query.indexUid !== routing.shardedIndex);
  const requests = queries.filter((query) => query.indexUid === routing.shardedIndex).map((query) => federate(query, routing));
  if (local.length > 0) requests.push({ path: '/multi-search', body: { queries: local } });
  return {
    requests,
    combine(answers) {
      const localResults = local.length > 0 ? resultsOf(answers.at(-1)) : [];
      let sharded = 0;
      let other = 0;
      const results = queries.map((query) =>
        query.indexUid === routing.shardedIndex ? { indexUid: query.indexUid, ...toSearchAnswer(checked(answers[sharded++]), query) } : localResults[other++],
      );
      return { results };
    },
  };
}

/** One search as a federated multi-search over the shards that can hold its hits. */
function federate(query: Query, routing: ShardRouting): { path: string; body: Record<string, unknown> } {
  const inner: Query = Object.fromEntries(Object.entries(query).filter(([name]) => !(federationLevel as readonly string[]).includes(name)));
  if (query.page !== undefined || query.hitsPerPage !== undefined) throw new ShardSearchError('page and hitsPerPage are not supported across shards: use limit and offset');
  const slug = onePlan(query.filter);
  const remotes = slug === null ? routing.remotes : [shardOf(slug, routing.remotes)];
  const facets = Array.isArray(query.facets) ? query.facets : null;
  const federation = {
    limit: query.limit ?? 20,
    offset: query.offset ?? 0,
    ...(facets === null ? {} : { facetsByIndex: { [routing.shardedIndex]: facets }, mergeFacets: {} }),
  };
  return { path: '/multi-search', body: { federation, queries: onShards(inner, remotes) } };
}

/** The query once per shard. */
function onShards(query: Query, remotes: readonly string[]): Query[] {
  const options = isRecord(query.federationOptions) ? query.federationOptions : {};
  return remotes.map((remote) => ({ ...query, federationOptions: { ...options, remote } }));
}

/** The plan slug of a filter that selects one plan's sections (`planSlug = "…"`, as `planFilter` writes it), else null. */
export function onePlan(filter: unknown): string | null {
  const only = Array.isArray(filter) && filter.length === 1 ? filter[0] : filter;
  if (typeof only !== 'string') return null;
  const match = /^planSlug = "((?:[^"\\]|\\.)*)"$/.exec(only);
  return match?.[1] === undefined ? null : match[1].replace(/\\(.)/g, '$1');
}

/** The answer, unless a shard failed. */
function checked(answer: unknown): Record<string, unknown> {
  if (!isRecord(answer)) throw new ShardSearchError('a remote federated search answered without a body');
  const errors = isRecord(answer.remoteErrors) ? Object.entries(answer.remoteErrors) : [];
  if (errors.length > 0) {
    const reasons = errors.map(([remote, error]) => `${remote}: ${isRecord(error) && typeof error.message === 'string' ? error.message : JSON.stringify(error)}`);
    throw new ShardSearchError(`Meilisearch shards did not answer the search: ${reasons.join('; ')}`);
  }
  return answer;
}

/** A federated answer in the shape of a plain search's: hits without `_federation`, the query's own limit and offset. */
function toSearchAnswer(answer: Record<string, unknown>, query: Query): Record<string, unknown> {
  const hits = Array.isArray(answer.hits) ? answer.hits.map((hit: unknown) => (isRecord(hit) ? withoutFederation(hit) : hit)) : [];
  return {
    hits,
    query: query.q ?? '',
    processingTimeMs: answer.processingTimeMs,
    limit: answer.limit,
    offset: answer.offset,
    estimatedTotalHits: answer.estimatedTotalHits,
    ...(Array.isArray(query.facets) ? { facetDistribution: answer.facetDistribution ?? {}, facetStats: answer.facetStats ?? {} } : {}),
  };
}

function withoutFederation(hit: Record<string, unknown>): Record<string, unknown> {
  const { _federation: _, ...rest } = hit;
  return rest;
}

function resultsOf(answer: unknown): unknown[] {
  return isRecord(answer) && Array.isArray(answer.results) ? answer.results : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
