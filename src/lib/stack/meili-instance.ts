/**
 * The Meilisearch of a stack: the one the configuration names (external MEILI_HOST, or the
 * embedded server on MEILI_PORT, started and with `watch` restarted when it dies), or a throw-away
 * embedded one for a test run, a benchmark or an evaluation (a temporary database, a free port of
 * 127.0.0.1, a new master key; stopping it deletes the database).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Meilisearch } from 'meilisearch';
import type { Config } from '../config.ts';
import { createClient } from '../meilisearch/client.ts';
import { connectIndexer } from '../meilisearch/connect.ts';
import { freePort } from '../meilisearch/free-port.ts';
import { generateMasterKey } from '../meilisearch/master-key.ts';
import type { ReindexShard } from '../meilisearch/reindex.ts';
import { startServer } from '../meilisearch/server.ts';

/** A Meilisearch this process may index into. */
export interface MeiliInstance {
  url: string;
  masterKey: string;
  /** A client holding the master key. */
  client: Meilisearch;
  /** True when this process started it (and `stop` stops it). */
  started: boolean;
  /** Pid of the server when this process started it (the one running now, if watched), else 0. */
  readonly pid: number;
  /** Stops it if this process started it (and deletes a throw-away database). */
  stop(): Promise<void>;
  /** The shards of MEILI_SHARDS, first one first (this instance); absent for one Meilisearch. */
  shards?: ReindexShard[];
}

/** The configured Meilisearch: connected, or the embedded one started (`watch`: restarted whenever it dies, logging to `log`). */
export async function configuredMeili(config: Config, options: { watch?: boolean; log?: (line: string) => void } = {}): Promise<MeiliInstance> {
  const connection = await connectIndexer(config, options);
  return {
    url: connection.url,
    masterKey: connection.masterKey,
    client: connection.client,
    started: connection.started,
    get pid() {
      return connection.pid;
    },
    stop: () => connection.close(),
    ...(connection.shards ? { shards: connection.shards } : {}),
  };
}

/** A throw-away embedded Meilisearch on a free port of 127.0.0.1. */
export async function throwawayMeili(): Promise<MeiliInstance> {
  const dataDir = await mkdtemp(join(tmpdir(), 'meili-'));
  const masterKey = generateMasterKey();
  try {
    const server = await startServer({ dataDir, port: await freePort(), masterKey });
    return {
      url: server.url,
      masterKey,
      client: createClient(server.url, masterKey),
      started: true,
      pid: server.pid,
      async stop() {
        await server.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
