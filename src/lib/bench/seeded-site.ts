/**
 * A throw-away site over the plans of a content folder, for a load run or a quick look: the
 * supervisor with a fresh Meilisearch holding those plans and the built site serving them, both on
 * 127.0.0.1, served as `npm start` serves it.
 */
import { loadCorpus } from '../documents/load-corpus.ts';
import { reindex } from '../meilisearch/reindex.ts';
import { supervise } from '../stack/supervisor.ts';
import type { BenchSite } from './bench-stack.ts';

/** Index `contentDir` into a fresh Meilisearch and serve the build in `dist` (from `buildSite`) of `root` on it. */
export async function startSeededSite(root: string, dist: string, contentDir: string, siteEnv: Readonly<Record<string, string>> = {}): Promise<BenchSite> {
  const prefix = 'load-';
  const supervisor = supervise({
    root,
    meili: { kind: 'throwaway' },
    prefix,
    index: async (meili) => void (await reindex(await loadCorpus(contentDir), { client: meili.client, prefix, force: true })),
    build: { outDir: dist, when: 'missing' },
    listen: 'free',
    siteEnv,
    output: 'keep',
  });
  const { site } = await supervisor.running;
  return { url: site.url, pid: site.pid, stop: () => supervisor.stop() };
}
