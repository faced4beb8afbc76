/**
 * The site's one connection to Meilisearch: a client holding the search-only key. What its
 * failures answer is engine-error.ts.
 */
import { Meilisearch } from 'meilisearch';
import { readConfig } from '../config.ts';
import { indexUid as prefixedUid, type IndexKind } from '../meilisearch/settings.ts';
import { shardedTransport, shardRouting } from '../meilisearch/shards/sharded-transport.ts';
import type { ShardRouting } from '../meilisearch/shards/remote-search.ts';
import { meiliTransport } from './meili-transport.ts';

let client: Meilisearch | undefined;

/**
 * Ask Meilisearch for uncompressed answers. fetch asks for gzip (br too over https) by default, and
 * Meilisearch then compresses every answer: on the bench corpus that doubled its latency for
 * payloads of 20 to 40 kB that only travel to the site's own server and are decompressed there.
 */
export const searchRequestHeaders = { 'Accept-Encoding': 'identity' };

/**
 * A client as the site's: `apiKey` at `host`, 5 s timeout, uncompressed answers, over node:http;
 * with `shards`, searches of the sharded index go to every shard (remote federated search).
 */
export function createSearchClient(host: string, apiKey: string | undefined, timeoutMs = 5000, shards: ShardRouting | null = null): Meilisearch {
  const httpClient = shards === null ? meiliTransport : shardedTransport(shards, meiliTransport);
  return new Meilisearch({ host, apiKey, timeout: timeoutMs, requestInit: { headers: searchRequestHeaders }, httpClient });
}

/** The Meilisearch client of the site (search-only key), over the shards when MEILI_SHARDS names them. */
export function searchClient(): Meilisearch {
  if (client === undefined) {
    const config = readConfig();
    client = createSearchClient(config.MEILI_HOST, config.MEILI_SEARCH_KEY, 5000, shardRouting(config.MEILI_SHARDS.map((shard) => shard.name), indexUid('sections')));
  }
  return client;
}

/** Uid of the serving index of a kind ("sections", "plans") under the configured prefix. */
export function indexUid(kind: IndexKind): string {
  return prefixedUid(readConfig().MEILI_INDEX_PREFIX, kind);
}
