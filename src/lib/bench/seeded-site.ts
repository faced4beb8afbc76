/**
 * A throw-away site over the committed plans, for a load run or a quick look: a fresh Meilisearch
 * holding the plans of a content folder and the built site serving them, both on 127.0.0.1.
 */
import { createClient } from '../meilisearch/client.ts';
import { searchOnlyKey } from '../meilisearch/keys.ts';
import { loadCorpus } from '../meilisearch/load-corpus.ts';
import { reindex } from '../meilisearch/reindex.ts';
import { startBenchMeili, startBenchSite, type BenchSite } from './bench-stack.ts';

/** Index `contentDir` into a fresh Meilisearch and serve the built site (`entry`, from `buildSite`) of `root` on it. */
export async function startSeededSite(root: string, entry: string, contentDir: string): Promise<BenchSite> {
  const meili = await startBenchMeili();
  try {
    const admin = createClient(meili.server.url, meili.masterKey);
    await reindex(await loadCorpus(contentDir), { client: admin, prefix: 'load-', force: true });
    const site = await startBenchSite(root, entry, meili.server.url, await searchOnlyKey(admin, 'load-'), 'load-');
    return {
      url: site.url,
      pid: site.pid,
      async stop() {
        await site.stop();
        await meili.stop();
      },
    };
  } catch (error) {
    await meili.stop();
    throw error;
  }
}
