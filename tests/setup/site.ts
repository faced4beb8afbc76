/**
 * Vitest global set-up of the integration project, after tests/setup/meilisearch.ts: indexes the
 * committed plans into the test Meilisearch under a prefix of its own, builds the site once into a
 * folder of its own (not dist/, which `npm start` serves), and serves it on a free port of
 * 127.0.0.1 with a search-only key.
 * A second server of the same build points at a closed port: Meilisearch unreachable.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { childEnvironment } from '../../src/lib/config.ts';
import { createClient } from '../../src/lib/meilisearch/client.ts';
import { freePort } from '../../src/lib/meilisearch/free-port.ts';
import { searchOnlyKey } from '../../src/lib/meilisearch/keys.ts';
import { loadCorpus } from '../../src/lib/meilisearch/load-corpus.ts';
import { reindex } from '../../src/lib/meilisearch/reindex.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the built site, serving the committed plans ("http://127.0.0.1:PORT"). */
    siteUrl: string;
    /** Base URL of the same build whose Meilisearch cannot be reached. */
    siteDownUrl: string;
    /** Index prefix the site serves from. */
    siteIndexPrefix: string;
  }
}

const root = process.cwd();
/** The tests' own build of the site (git-ignored with node_modules). */
const buildDir = 'node_modules/.cache/ke-hoach-tests/dist';

function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`))));
  });
}

/** Starts the built site and waits until it answers; returns the process. */
async function serve(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/serve.ts', buildDir], { cwd: root, env: { ...env, HOST: '127.0.0.1', PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  for (let waited = 0; waited < 20_000; waited += 100) {
    if (child.exitCode !== null) throw new Error(`the site exited with ${child.exitCode}:\n${output}`);
    const up = await fetch(`http://127.0.0.1:${port}/opensearch.xml`).then((response) => response.ok, () => false);
    if (up) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`the site did not answer on port ${port} within 20 s:\n${output}`);
}

/** Indexes, builds and serves; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { meiliHost, meiliMasterKey, meiliIndexPrefix } = project.getProvidedContext();
  const prefix = `${meiliIndexPrefix}site_`;
  const admin = createClient(meiliHost, meiliMasterKey);
  await reindex(await loadCorpus(join(root, 'content')), { client: admin, prefix, force: true });
  const searchKey = await searchOnlyKey(admin, prefix);

  await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', buildDir], childEnvironment({ ASTRO_TELEMETRY_DISABLED: '1' }));
  const siteEnv = childEnvironment({ MEILI_HOST: meiliHost, MEILI_SEARCH_KEY: searchKey, MEILI_MASTER_KEY: undefined, MEILI_INDEX_PREFIX: prefix });
  const [port, downPort, closedPort] = [await freePort(), await freePort(), await freePort()];
  const site = await serve(siteEnv, port);
  const down = await serve({ ...siteEnv, MEILI_HOST: `http://127.0.0.1:${closedPort}` }, downPort);
  project.provide('siteUrl', `http://127.0.0.1:${port}`);
  project.provide('siteDownUrl', `http://127.0.0.1:${downPort}`);
  project.provide('siteIndexPrefix', prefix);
  return async () => {
    for (const child of [site, down]) {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    }
  };
}
