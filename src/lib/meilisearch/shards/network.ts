/**
 * Meilisearch's network over the shards: on each shard the `network` experimental feature is on,
 * `self` is its own name and `remotes` names every shard with its URL and a search-only key of that
 * shard, so that a federated search sent to any of them (the site sends to the first) can run its
 * queries on the others (`federationOptions.remote`). Set by every indexing run, so a shard added to
 * MEILI_SHARDS, or a new key, is known before the first search.
 */
import type { Meilisearch } from 'meilisearch';
import { attempt } from '../client.ts';
import { MeiliRequestError } from '../errors.ts';

/** A shard the indexer reaches with its master key. */
export interface NetworkShard {
  name: string;
  url: string;
  /** Client holding the shard's master key (or an admin key). */
  client: Meilisearch;
}

/** Name of the key each shard gives the others for remote searches. */
export const networkKeyName = 'ke-hoach-57-network-search';

/** The oldest Meilisearch whose remote federated search merges facets, as the site needs. */
const minimumVersion = [1, 21] as const;

/** Turns the network on over `shards` and names each to every other; throws MeiliRequestError naming the shard. */
export async function joinNetwork(shards: readonly NetworkShard[]): Promise<void> {
  const keys = new Map<string, string>();
  for (const shard of shards) {
    await checkVersion(shard);
    await attempt(`enabling the network feature on shard "${shard.name}" (${shard.url})`, () => shard.client.updateExperimentalFeatures({ network: true }));
    keys.set(shard.name, await networkKey(shard));
  }
  const remotes = Object.fromEntries(shards.map((shard) => [shard.name, { url: shard.url, searchApiKey: keys.get(shard.name) ?? null }]));
  for (const shard of shards) {
    const current = await attempt(`reading the network of shard "${shard.name}" (${shard.url})`, () => shard.client.getNetwork());
    // Remotes no longer in MEILI_SHARDS are removed (null), so no search reaches a retired machine.
    const retired = Object.keys(current.remotes ?? {}).filter((name) => !(name in remotes)).map((name) => [name, null]);
    await attempt(`setting the network of shard "${shard.name}" (${shard.url})`, () =>
      shard.client.updateNetwork({ self: shard.name, remotes: { ...Object.fromEntries(retired), ...remotes } }),
    );
  }
}

async function checkVersion(shard: NetworkShard): Promise<void> {
  const { pkgVersion } = await attempt(`reading the version of shard "${shard.name}" (${shard.url})`, () => shard.client.getVersion());
  const [major = 0, minor = 0] = pkgVersion.split('.').map(Number);
  if (major < minimumVersion[0] || (major === minimumVersion[0] && minor < minimumVersion[1])) {
    throw new MeiliRequestError(`Shard "${shard.name}" (${shard.url}) runs Meilisearch ${pkgVersion}; sharding needs ${minimumVersion.join('.')} or later (remote federated search with facets)`);
  }
}

/** The shard's search-only key for remote searches (every index: the prefix of a search is the caller's business), created once. */
async function networkKey(shard: NetworkShard): Promise<string> {
  for (let offset = 0; ; offset += 100) {
    const page = await attempt(`listing the API keys of shard "${shard.name}"`, () => shard.client.getKeys({ offset, limit: 100 }));
    const found = page.results.find((key) => key.name === networkKeyName && key.actions.length === 1 && key.actions[0] === 'search' && key.indexes.includes('*') && key.expiresAt === null);
    if (found) return found.key;
    if (offset + page.results.length >= page.total) break;
  }
  const created = await attempt(`creating the network search key of shard "${shard.name}"`, () =>
    shard.client.createKey({ name: networkKeyName, description: 'Search-only key the other shards use for remote federated search (Kế hoạch 57)', actions: ['search'], indexes: ['*'], expiresAt: null }),
  );
  return created.key;
}
