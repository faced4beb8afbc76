/**
 * Vitest global set-up of the integration project: starts the pinned Meilisearch on a free port
 * of 127.0.0.1 with a temporary database and a generated master key, provides its URL and key to
 * the tests, and stops it afterwards. With MEILI_HOST and MEILI_MASTER_KEY set, the tests run
 * against that server instead (a newer release, say), under a random index prefix.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { config } from '../../src/lib/config.ts';
import { freePort } from '../../src/lib/meilisearch/free-port.ts';
import { generateMasterKey } from '../../src/lib/meilisearch/master-key.ts';
import { startServer } from '../../src/lib/meilisearch/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the Meilisearch the tests use. */
    meiliHost: string;
    /** Its master (or admin) key. */
    meiliMasterKey: string;
    /** Prefix for index uids: "" on the embedded server, random on an external one. */
    meiliIndexPrefix: string;
  }
}

/** Starts (or selects) the Meilisearch of the test run; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!config.MEILI_EMBEDDED) {
    if (config.MEILI_MASTER_KEY === undefined) {
      throw new Error('MEILI_HOST is set for the tests but MEILI_MASTER_KEY is not: set both, or neither to use the embedded Meilisearch');
    }
    project.provide('meiliHost', config.MEILI_HOST);
    project.provide('meiliMasterKey', config.MEILI_MASTER_KEY);
    project.provide('meiliIndexPrefix', `test_${randomBytes(4).toString('hex')}_`);
    return async () => {};
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'meili-test-'));
  const masterKey = generateMasterKey();
  const server = await startServer({ dataDir, port: await freePort(), masterKey });
  project.provide('meiliHost', server.url);
  project.provide('meiliMasterKey', masterKey);
  project.provide('meiliIndexPrefix', '');
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
