/**
 * The servers a benchmark, a load run or an evaluation talks to, all on 127.0.0.1 free ports: the
 * pinned Meilisearch with a throw-away database, and the built site (served as the test set-up
 * serves it) pointed at it with a search-only key. The site is built into a folder of its own
 * under node_modules/.cache, so a concurrent `astro build` into dist/ cannot pull it away mid-run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnvironment } from '../config.ts';
import { freePort } from '../meilisearch/free-port.ts';
import { generateMasterKey } from '../meilisearch/master-key.ts';
import { startServer, type EmbeddedServer } from '../meilisearch/server.ts';

/** A running throw-away Meilisearch. */
export interface BenchMeili {
  server: EmbeddedServer;
  masterKey: string;
  /** Stops it and deletes its database. */
  stop(): Promise<void>;
}

/** Start the pinned Meilisearch on a free port with a temporary database. */
export async function startBenchMeili(): Promise<BenchMeili> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-meili-'));
  const masterKey = generateMasterKey();
  const server = await startServer({ dataDir, port: await freePort(), masterKey });
  return {
    server,
    masterKey,
    async stop() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A running built site. */
export interface BenchSite {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Where the benchmark's own build of the site goes (git-ignored with node_modules). */
export const benchBuildDir = 'node_modules/.cache/ke-hoach-bench/dist';

/** Build the site into `benchBuildDir` (unless `reuse` and a build is there); returns the server entry, relative to `root`. */
export async function buildSite(root: string, reuse = false): Promise<string> {
  const entry = `${benchBuildDir}/server/entry.mjs`;
  if (reuse && existsSync(join(root, entry))) return entry;
  await waitFor(
    spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', benchBuildDir], {
      cwd: root,
      env: childEnvironment({ ASTRO_TELEMETRY_DISABLED: '1' }),
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
    'astro build',
  );
  return entry;
}

/** Serve the built site (`entry` from `buildSite`) on a free port against `meiliUrl` with a search key and index prefix; resolves once it answers. */
export async function startBenchSite(root: string, entry: string, meiliUrl: string, searchKey: string, prefix: string): Promise<BenchSite> {
  const port = await freePort();
  const env = childEnvironment({ MEILI_HOST: meiliUrl, MEILI_SEARCH_KEY: searchKey, MEILI_MASTER_KEY: undefined, MEILI_INDEX_PREFIX: prefix, HOST: '127.0.0.1', PORT: String(port) });
  const child = spawn(process.execPath, [entry], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => { output = (output + chunk.toString()).slice(-4000); });
  child.stderr?.on('data', (chunk: Buffer) => { output = (output + chunk.toString()).slice(-4000); });
  const url = `http://127.0.0.1:${port}`;
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const stop = async (): Promise<void> => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  for (let waited = 0; waited < 20_000; waited += 100) {
    if (child.exitCode !== null) throw new Error(`the site (${entry}) exited with ${child.exitCode}:\n${output}`);
    if (await fetch(`${url}/opensearch.xml`).then((r) => r.ok, () => false)) return { url, pid: child.pid ?? 0, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`the site did not answer on ${url} within 20 s:\n${output}`);
}

/** Resolve when a child process exits with 0; reject naming it otherwise. */
export function waitFor(child: ChildProcess, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.on('error', (error) => reject(new Error(`${what}: cannot start`, { cause: error })));
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${what} failed (${signal ?? `exit code ${code}`})`))));
  });
}
