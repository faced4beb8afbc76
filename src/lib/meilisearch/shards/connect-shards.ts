/** The indexer's connection to the Meilisearch machines of MEILI_SHARDS, each with its master key, joined in one network. */
import type { Config } from '../../config.ts';
import { createClient } from '../client.ts';
import { MeiliServerError } from '../errors.ts';
import { healthy } from '../server.ts';
import { joinNetwork, type NetworkShard } from './network.ts';

/** The shards, first one first, ready for a reindex and for remote federated search. */
export async function connectShards(config: Config): Promise<(NetworkShard & { masterKey: string })[]> {
  const shards = config.MEILI_SHARDS.map((spec): NetworkShard & { masterKey: string } => {
    const masterKey = spec.masterKey ?? config.MEILI_MASTER_KEY;
    if (masterKey === undefined) {
      throw new MeiliServerError(`MEILI_SHARDS names shard "${spec.name}" (${spec.url}) but no master key for it: set MEILI_MASTER_KEY (the same key on every shard), or MEILI_SHARD_MASTER_KEYS=${spec.name}=<its key>,…`);
    }
    return { name: spec.name, url: spec.url, masterKey, client: createClient(spec.url, masterKey) };
  });
  for (const shard of shards) {
    if (!(await healthy(shard.url))) throw new MeiliServerError(`Shard "${shard.name}" (${shard.url}) does not answer /health: start that Meilisearch, or remove it from MEILI_SHARDS`);
  }
  await joinNetwork(shards);
  return shards;
}
