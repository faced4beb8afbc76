/**
 * A Meilisearch client transport (`httpClient`) for a sharded index: requests that touch it are
 * rewritten into remote federated searches (remote-search.ts) and sent through `send` (the site's
 * own transport), to the first shard; every other request goes through `send` as it is.
 */
import { routeAcrossShards, type ShardRouting } from './remote-search.ts';

/** A Meilisearch client `httpClient`: resolves with the parsed JSON answer, rejects on failure. */
export type Transport = (input: string | URL | Request, init?: RequestInit) => Promise<unknown>;

/** `send`, with the requests to the sharded index spread over the shards. */
export function shardedTransport(routing: ShardRouting, send: Transport): Transport {
  return async (input, init = {}) => {
    const url = input instanceof Request ? new URL(input.url) : new URL(input);
    if ((init.method ?? 'GET').toUpperCase() !== 'POST' || typeof init.body !== 'string') return send(input, init);
    const call = routeAcrossShards(url.pathname, JSON.parse(init.body), routing);
    if (call === null) return send(input, init);
    // The client's base URL may carry a path (a proxy): keep it in front of the rewritten paths.
    const base = url.pathname.replace(/\/(multi-search|indexes\/[^/]+\/search)$/, '');
    const answers = await Promise.all(
      call.requests.map((request) => send(new URL(`${base}${request.path}`, url.origin), { ...init, body: JSON.stringify(request.body) })),
    );
    return call.combine(answers);
  };
}

/** The routing of the configured shards: the sections index of `prefix` spread over `names`; null for one Meilisearch. */
export function shardRouting(names: readonly string[], shardedIndex: string): ShardRouting | null {
  return names.length === 0 ? null : { remotes: names, shardedIndex };
}
