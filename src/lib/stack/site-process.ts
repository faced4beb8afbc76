/**
 * The site as a process: a build served by `scripts/serve.ts` (the security headers, the method
 * check and compression on every answer, as `npm start` serves it), or `astro dev`; pointed at a
 * Meilisearch with a search-only key (never the master key), and waited for until it answers.
 */
import { join } from 'node:path';
import { childEnvironment } from '../config.ts';
import { describeExit, startChild, type Child } from './child.ts';

/** Where the site finds its Meilisearch. */
export interface SiteSearch {
  url: string;
  /** A search-only key. */
  searchKey: string;
  /** Prefix of the index uids. */
  prefix: string;
}

/** What to serve, where. */
export interface SiteOptions {
  root: string;
  /** The build folder (from `ensureSiteBuild`), or `dev` for `astro dev`. */
  dist: string | 'dev';
  host: string;
  port: number;
  meili: SiteSearch;
  output: 'inherit' | 'keep';
  /** More variables for the site (SITE_ORIGIN, say). */
  env?: Readonly<Record<string, string | undefined>>;
  /** How long to wait for the first answer, ms (default 60 000; 180 000 for `astro dev`, which compiles on the first request). */
  readyTimeoutMs?: number;
  /** Called with the process as soon as it runs, before it answers, so that a stop can end it. */
  onChild?: (child: Child) => void;
}

/** A site that answers. */
export interface SiteProcess extends Child {
  /** "http://127.0.0.1:4321", without a trailing slash. */
  url: string;
}

/** Starts the site and resolves once it answers; throws with its last output if it exits or stays silent. */
export async function startSite(options: SiteOptions): Promise<SiteProcess> {
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${host}:${options.port}`;
  const env = childEnvironment({
    MEILI_HOST: options.meili.url,
    MEILI_SEARCH_KEY: options.meili.searchKey,
    MEILI_MASTER_KEY: undefined,
    MEILI_SHARD_MASTER_KEYS: undefined,
    MEILI_INDEX_PREFIX: options.meili.prefix,
    HOST: options.host,
    PORT: String(options.port),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...options.env,
  });
  const [command, args] = options.dist === 'dev'
    ? [join(options.root, 'node_modules/.bin/astro'), ['dev', '--host', options.host, '--port', String(options.port)]]
    : [process.execPath, [join(options.root, 'scripts/serve.ts'), options.dist]];
  const child = await startChild({ command, args, cwd: options.root, env, output: options.output });
  options.onChild?.(child);
  const timeoutMs = options.readyTimeoutMs ?? (options.dist === 'dev' ? 180_000 : 60_000);
  for (const started = Date.now(); Date.now() - started < timeoutMs; ) {
    if (child.done) {
      const output = child.output().trim();
      throw new Error(`The site exited during start-up (${describeExit(await child.exited)})${output === '' ? '; see its output above' : `:\n${output}`}`);
    }
    // The OpenSearch description answers without Meilisearch, so a site whose Meilisearch is down is up too.
    if (await fetch(`${url}/opensearch.xml`, { signal: AbortSignal.timeout(2000) }).then((response) => response.ok, () => false)) return { ...child, url, get done() { return child.done; } };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await child.stop();
  throw new Error(`The site did not answer on ${url} within ${timeoutMs / 1000} s${child.output() === '' ? '' : `:\n${child.output().trim()}`}`);
}
