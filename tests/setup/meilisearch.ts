/**
 * Vitest global set-up of the integration project: starts the pinned Meilisearch on a free port
 * of 127.0.0.1 with a temporary database and a generated master key, provides its URL and key to
 * the tests, and stops it afterwards. With MEILI_HOST and MEILI_MASTER_KEY set, the tests run
 * against that server instead (a newer release, say), under a random index prefix.
 */
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { readConfig } from '../../src/lib/config.ts';
import { throwawayMeili } from '../../src/lib/stack/meili-instance.ts';

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
  const config = readConfig();
  if (!config.MEILI_EMBEDDED) {
    if (config.MEILI_MASTER_KEY === undefined) {
      throw new Error('MEILI_HOST is set for the tests but MEILI_MASTER_KEY is not: set both, or neither to use the embedded Meilisearch');
    }
    project.provide('meiliHost', config.MEILI_HOST);
    project.provide('meiliMasterKey', config.MEILI_MASTER_KEY);
    project.provide('meiliIndexPrefix', `test_${randomBytes(4).toString('hex')}_`);
    return async () => {};
  }
  // The supervisor's throw-away Meilisearch: a temporary database, deleted when it stops.
  const meili = await throwawayMeili();
  project.provide('meiliHost', meili.url);
  project.provide('meiliMasterKey', meili.masterKey);
  project.provide('meiliIndexPrefix', '');
  return () => meili.stop();
}
