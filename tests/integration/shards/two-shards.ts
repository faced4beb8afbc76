/**
 * Two embedded Meilisearch servers for the shard tests, each on a free port of 127.0.0.1 with a
 * database and a master key of its own, the second reached through a TCP relay that the test can
 * cut (the machine gone from the network) and mend.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../../src/lib/config.ts';
import { freePort } from '../../../src/lib/meilisearch/free-port.ts';
import { generateMasterKey } from '../../../src/lib/meilisearch/master-key.ts';
import { startServer, type EmbeddedServer } from '../../../src/lib/meilisearch/server.ts';
import { connectShards } from '../../../src/lib/meilisearch/shards/connect-shards.ts';

/** A relay from a port of its own to a target port; `cut` closes it at once, `mend` listens again. */
export interface Relay {
  url: string;
  cut(): void;
  mend(): Promise<void>;
  close(): Promise<void>;
}

/** A relay on a free port to 127.0.0.1:`target`. */
export async function startRelay(target: number): Promise<Relay> {
  const port = await freePort();
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer((client) => {
        const upstream = createConnection({ host: '127.0.0.1', port: target });
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
  await listen();
  const cut = () => {
    server?.close();
    for (const socket of sockets) socket.destroy();
  };
  return { url: `http://127.0.0.1:${port}`, cut, mend: listen, close: async () => cut() };
}

/** Two shards "a" and "b", "b" behind a relay, joined in one network by the indexer's own connection code. */
export async function startTwoShards() {
  const dirs = [await mkdtemp(join(tmpdir(), 'meili-shard-a-')), await mkdtemp(join(tmpdir(), 'meili-shard-b-'))] as const;
  const keys = [generateMasterKey(), generateMasterKey()] as const;
  const ports = [await freePort(), await freePort()] as const;
  const servers: EmbeddedServer[] = [];
  const start = (i: 0 | 1) => startServer({ dataDir: dirs[i], port: ports[i], masterKey: keys[i] });
  servers.push(await start(0), await start(1));
  const relay = await startRelay(ports[1]);
  const config = parseConfig({ MEILI_SHARDS: `a=${servers[0]?.url},b=${relay.url}`, MEILI_SHARD_MASTER_KEYS: `a=${keys[0]},b=${keys[1]}` });
  const shards = await connectShards(config);
  return {
    config,
    shards,
    relay,
    masterKeys: keys,
    /** Kills shard b's Meilisearch at once (SIGKILL). */
    killB: () => process.kill(servers[1]?.pid ?? 0, 'SIGKILL'),
    /** Starts shard b's Meilisearch again on its port and database. */
    restartB: async () => {
      await servers[1]?.exited;
      servers[1] = await start(1);
    },
    async stop() {
      await relay.close();
      await Promise.all(servers.map((server) => server.stop()));
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}
