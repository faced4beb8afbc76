/**
 * Vitest global set-up of the integration project, after tests/setup/meilisearch.ts: indexes the
 * committed plans into the test Meilisearch under a prefix of its own, builds the site once into a
 * folder of its own (not dist/, which `npm start` serves), and serves it on a free port of
 * 127.0.0.1 with a search-only key, as `npm start` serves it (the supervisor's parts,
 * src/lib/stack/). A second server of the same build points at a closed port: Meilisearch unreachable.
 */
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createClient } from '../../src/lib/meilisearch/client.ts';
import { freePort } from '../../src/lib/meilisearch/free-port.ts';
import { searchOnlyKey } from '../../src/lib/meilisearch/keys.ts';
import { loadCorpus } from '../../src/lib/documents/load-corpus.ts';
import { reindex } from '../../src/lib/meilisearch/reindex.ts';
import { ensureSiteBuild } from '../../src/lib/stack/site-build.ts';
import { startSite, type SiteSearch } from '../../src/lib/stack/site-process.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the built site, serving the committed plans ("http://127.0.0.1:PORT"). */
    siteUrl: string;
    /** Base URL of the same build whose Meilisearch cannot be reached. */
    siteDownUrl: string;
    /** Index prefix the site serves from. */
    siteIndexPrefix: string;
    /** The tests' build folder of the site, absolute. */
    siteBuildDir: string;
    /** The site's search-only key. */
    siteSearchKey: string;
  }
}

const root = process.cwd();

/** Indexes, builds and serves; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { meiliHost, meiliMasterKey, meiliIndexPrefix } = project.getProvidedContext();
  const prefix = `${meiliIndexPrefix}site_`;
  const admin = createClient(meiliHost, meiliMasterKey);
  await reindex(await loadCorpus(join(root, 'content')), { client: admin, prefix, force: true });
  const searchKey = await searchOnlyKey(admin, prefix);

  // The tests' own build of the site (git-ignored with node_modules).
  const dist = await ensureSiteBuild({ root, outDir: 'node_modules/.cache/ke-hoach-tests/dist', when: 'always', output: 'keep' });
  const serve = async (meili: SiteSearch) =>
    startSite({ root, dist, host: '127.0.0.1', port: await freePort(), meili, output: 'keep', readyTimeoutMs: 20_000 });
  const site = await serve({ url: meiliHost, searchKey, prefix });
  const down = await serve({ url: `http://127.0.0.1:${await freePort()}`, searchKey, prefix }).catch(async (error: unknown) => {
    await site.stop();
    throw error;
  });
  project.provide('siteUrl', site.url);
  project.provide('siteDownUrl', down.url);
  project.provide('siteIndexPrefix', prefix);
  project.provide('siteBuildDir', dist);
  project.provide('siteSearchKey', searchKey);
  return async () => {
    await Promise.all([site.stop(), down.stop()]);
  };
}
