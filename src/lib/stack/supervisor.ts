/**
 * One supervisor for Meilisearch and the site, used by `npm start`, the load run and the
 * benchmark's seeded site (the test set-up and the benchmark use its parts):
 *   1. Start the Meilisearch: the configured one (watched: restarted when it dies) or a throw-away one.
 *   2. Fill the indexes (the caller's step: reindex when the corpus changed, or index a corpus).
 *   3. Get the site's search-only key (given, or made from the master key for the prefix).
 *   4. Build the site when needed (or run `astro dev`).
 *   5. Serve it as `npm start` does (scripts/serve.ts: security headers, method check, compression).
 * `stop` ends them in order, the site (or a build) first, then Meilisearch, at any point, even
 * during start-up (Ctrl-C while it builds).
 */
import type { Config } from '../config.ts';
import { freePort } from '../meilisearch/free-port.ts';
import { searchOnlyKey } from '../meilisearch/keys.ts';
import type { Child, ChildExit } from './child.ts';
import { configuredMeili, throwawayMeili, type MeiliInstance } from './meili-instance.ts';
import { ensureSiteBuild, type BuildWhen } from './site-build.ts';
import { startSite, type SiteProcess } from './site-process.ts';

/** What to run. */
export interface StackOptions {
  /** The project root. */
  root: string;
  /** The configured Meilisearch (`watch`: restarted when it dies), or a throw-away one. */
  meili: { kind: 'configured'; config: Config; watch: boolean } | { kind: 'throwaway' };
  /** Prefix of the index uids the site serves. */
  prefix: string;
  /** Fills the indexes before the site starts. */
  index?: (meili: MeiliInstance) => Promise<void>;
  /** The site's search-only key; by default one made from the master key for `prefix`. */
  searchKey?: string;
  /** The build folder and when to build it, or `dev` for `astro dev`. */
  build: { outDir: string; when: BuildWhen } | 'dev';
  /** Where the site listens; `free`: a free port of 127.0.0.1. */
  listen: { host: string; port: number } | 'free';
  /** More variables for the site (SITE_ORIGIN, say). */
  siteEnv?: Readonly<Record<string, string | undefined>>;
  /** `inherit`: the children write to this terminal; `keep`: their output is kept for errors. */
  output: 'inherit' | 'keep';
  /** Where progress lines go ("Building the site into …"; default: nowhere). A watched Meilisearch logs its restarts to stderr. */
  log?: (line: string) => void;
  /** Called when the site exits by itself, not by `stop`. */
  onSiteExit?: (exit: ChildExit) => void;
}

/** A running stack. */
export interface Stack {
  meili: MeiliInstance;
  site: SiteProcess;
}

/** A supervisor: `running` resolves once the site answers; `stop` may be called at any time. */
export interface Supervisor {
  running: Promise<Stack>;
  stop(): Promise<void>;
}

/** Start-up was cut short by `stop`. */
export class StackStoppedError extends Error {
  constructor() {
    super('Stopped during start-up');
    this.name = 'StackStoppedError';
  }
}

/** Starts Meilisearch and the site as `options` say. */
export function supervise(options: StackOptions): Supervisor {
  let stopping = false;
  let stopped: Promise<void> | undefined;
  let child: Child | undefined;
  let meiliStarting: Promise<MeiliInstance> | undefined;

  const check = (): void => {
    if (stopping) throw new StackStoppedError();
  };

  const start = async (): Promise<Stack> => {
    meiliStarting = options.meili.kind === 'throwaway'
      ? throwawayMeili()
      : configuredMeili(options.meili.config, { watch: options.meili.watch });
    const meili = await meiliStarting;
    check();
    if (options.index) await options.index(meili);
    check();
    const searchKey = options.searchKey ?? (await searchOnlyKey(meili.client, options.prefix));
    check();
    const dist = options.build === 'dev'
      ? 'dev'
      : await ensureSiteBuild({
        root: options.root,
        outDir: options.build.outDir,
        when: options.build.when,
        output: options.output,
        onChild: (build) => (child = build),
        ...(options.log ? { log: options.log } : {}),
      });
    check();
    const listen = options.listen === 'free' ? { host: '127.0.0.1', port: await freePort() } : options.listen;
    const site = await startSite({
      root: options.root,
      dist,
      ...listen,
      meili: { url: meili.url, searchKey, prefix: options.prefix },
      output: options.output,
      onChild: (started) => (child = started),
      ...(options.siteEnv ? { env: options.siteEnv } : {}),
    });
    void site.exited.then((exit) => {
      if (!stopping) options.onSiteExit?.(exit);
    });
    check();
    return { meili, site };
  };

  const running = start();
  // A failed start-up leaves nothing running: what did start is stopped (the caller still sees the failure).
  running.catch(() => stop());

  function stop(): Promise<void> {
    stopping = true;
    stopped ??= (async () => {
      await child?.stop();
      const meili = await meiliStarting?.catch(() => undefined);
      await meili?.stop();
    })();
    return stopped;
  }

  return { running, stop };
}
