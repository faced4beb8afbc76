/**
 * The servers a benchmark, a load run or an evaluation talks to, all on 127.0.0.1 free ports,
 * started by the supervisor's parts (src/lib/stack/): a throw-away Meilisearch, and the built site
 * served as `npm start` serves it (scripts/serve.ts: security headers, method check, compression),
 * pointed at it with a search-only key. The site is built into a folder of its own under
 * node_modules/.cache, so a concurrent `astro build` into dist/ cannot pull it away mid-run.
 */
import { freePort } from '../meilisearch/free-port.ts';
import { throwawayMeili } from '../stack/meili-instance.ts';
import { ensureSiteBuild } from '../stack/site-build.ts';
import { startSite } from '../stack/site-process.ts';

/** A running throw-away Meilisearch. */
export interface BenchMeili {
  server: { url: string; pid: number };
  masterKey: string;
  /** Stops it and deletes its database. */
  stop(): Promise<void>;
}

/** Start the pinned Meilisearch on a free port with a temporary database. */
export async function startBenchMeili(): Promise<BenchMeili> {
  const meili = await throwawayMeili();
  return { server: { url: meili.url, pid: meili.pid }, masterKey: meili.masterKey, stop: () => meili.stop() };
}

/** A running built site. */
export interface BenchSite {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Where the benchmark's own build of the site goes (git-ignored with node_modules). */
export const benchBuildDir = 'node_modules/.cache/ke-hoach-bench/dist';

/** Build the site into `benchBuildDir` (unless `reuse` and a build is there); returns the build folder, absolute. */
export function buildSite(root: string, reuse = false): Promise<string> {
  return ensureSiteBuild({ root, outDir: benchBuildDir, when: reuse ? 'missing' : 'always', output: 'keep' });
}

/** Serve the built site (`dist` from `buildSite`) on a free port against `meiliUrl` with a search key and index prefix, and more variables in `env`; resolves once it answers. */
export async function startBenchSite(root: string, dist: string, meiliUrl: string, searchKey: string, prefix: string, env: Readonly<Record<string, string>> = {}): Promise<BenchSite> {
  const site = await startSite({
    root,
    dist,
    host: '127.0.0.1',
    port: await freePort(),
    meili: { url: meiliUrl, searchKey, prefix },
    output: 'keep',
    env,
    readyTimeoutMs: 20_000,
  });
  return { url: site.url, pid: site.pid, stop: () => site.stop() };
}
