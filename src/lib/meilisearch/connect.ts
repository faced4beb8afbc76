/**
 * The indexer's connection: an external Meilisearch (MEILI_HOST), or the embedded one, started
 * here unless one already answers on MEILI_PORT (an `npm start` running: reindexing it swaps the
 * new indexes in under the live site).
 */
import type { Meilisearch } from 'meilisearch';
import type { Config } from '../config.ts';
import { createClient } from './client.ts';
import { masterKeyOf } from './master-key.ts';
import type { ReindexShard } from './reindex.ts';
import { connectShards } from './shards/connect-shards.ts';
import { healthy, startServer } from './server.ts';
import { watchServer } from './watch-server.ts';

/** A Meilisearch the indexer may write to. */
export interface IndexerConnection {
  url: string;
  /** Client holding the master key. */
  client: Meilisearch;
  masterKey: string;
  /** True when this process started the server (and `close` stops it). */
  started: boolean;
  /** Pid of the server this process started (the one running now, if watched), else 0. */
  readonly pid: number;
  /** The shards of MEILI_SHARDS, first one first (whose URL, client and key are those above); absent for one Meilisearch. */
  shards?: ReindexShard[];
  close(): Promise<void>;
}

/**
 * Connects to the configured Meilisearch, starting the embedded one when needed; with `watch`
 * (`npm start`) the embedded server is restarted whenever it dies, logging to `log`.
 */
export async function connectIndexer(config: Config, options: { watch?: boolean; log?: (line: string) => void } = {}): Promise<IndexerConnection> {
  if (config.MEILI_SHARDS.length > 0) {
    const shards = await connectShards(config);
    const first = shards[0] as (typeof shards)[number];
    return { url: first.url, client: first.client, masterKey: first.masterKey, started: false, pid: 0, close: async () => {}, shards };
  }
  const masterKey = await masterKeyOf(config);
  if (!config.MEILI_EMBEDDED || (await healthy(config.MEILI_HOST))) {
    return { url: config.MEILI_HOST, client: createClient(config.MEILI_HOST, masterKey), masterKey, started: false, pid: 0, close: async () => {} };
  }
  const start = () => startServer({ dataDir: config.DATA_DIR, port: config.MEILI_PORT, masterKey });
  const server = options.watch === true ? await watchServer({ start, ...(options.log ? { log: options.log } : {}) }) : await start();
  return {
    url: server.url,
    client: createClient(server.url, masterKey),
    masterKey,
    started: true,
    get pid() {
      return server.pid;
    },
    close: () => server.stop(),
  };
}
