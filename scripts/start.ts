/**
 * `npm start` (`npm run dev` with --dev): everything a fresh clone needs to serve the site.
 *   1. Read the configuration (environment).
 *   2. Start the embedded Meilisearch (unless MEILI_HOST points at one), restarted whenever it dies.
 *   3. Reindex content/ if it changed since the last run (after a reindex already running); a plan that does not read is left out and named.
 *   4. Get the search-only key the site will hold (MEILI_SEARCH_KEY, or one made from the master key).
 *   5. Build the site if dist/ is missing or older than the sources (--dev: run `astro dev` instead).
 *   6. Run the site with the Meilisearch URL and the search-only key; print its URL.
 *   7. On Ctrl-C (or if the site stops), stop the site and Meilisearch.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnvironment, config } from '../src/lib/config.ts';
import { connectIndexer } from '../src/lib/meilisearch/connect.ts';
import { indexCorpus, invalidPlansReport } from '../src/lib/meilisearch/index-corpus.ts';
import { searchOnlyKey } from '../src/lib/meilisearch/keys.ts';
import { terminalProgress } from '../src/lib/meilisearch/progress.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dev = process.argv.includes('--dev');
const astro = join(root, 'node_modules/.bin/astro');
const entry = join(root, 'dist/server/entry.mjs');

const meili = await connectIndexer(config, { watch: true }).catch(fail);
let site: ChildProcess | undefined;
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(0));

try {
  if (meili.started) console.log(`Meilisearch: ${meili.url} (embedded, data in ${config.DATA_DIR})`);
  // A plan that does not read is left out and named (file:line); the site serves the others.
  const indexed = await indexCorpus(config, meili.client, { progress: terminalProgress(process.stdout), cwd: root, invalidPlans: 'skip', waitForLock: true });
  process.stderr.write(invalidPlansReport(indexed.invalid));
  const searchKey = config.MEILI_SEARCH_KEY ?? (await searchOnlyKey(meili.client, config.MEILI_INDEX_PREFIX));
  // The site gets the URL and the search-only key; the master key stays in this process.
  const env = childEnvironment({
    MEILI_HOST: meili.url,
    MEILI_SEARCH_KEY: searchKey,
    MEILI_MASTER_KEY: undefined,
    MEILI_INDEX_PREFIX: config.MEILI_INDEX_PREFIX,
    HOST: config.HOST,
    PORT: String(config.PORT),
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  if (dev) {
    site = spawn(astro, ['dev', '--host', config.HOST, '--port', String(config.PORT)], { cwd: root, env, stdio: 'inherit' });
  } else {
    if (await needsBuild()) await run(astro, ['build'], env);
    // scripts/serve.ts serves the build with the security headers on every answer, static files included.
    site = spawn(process.execPath, [join(root, 'scripts/serve.ts'), join(root, 'dist')], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  site.once('exit', (code) => void shutdown(code ?? 1));
  const url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${config.PORT}/`;
  if (await waitForSite(url)) console.log(`\nSite: ${url}  (Ctrl-C to stop)`);
} catch (error) {
  await shutdown(1, error);
}

/** True when dist/ is missing or older than anything the build reads. */
async function needsBuild(): Promise<boolean> {
  const built = await stat(entry).then((s) => s.mtimeMs).catch(() => 0);
  if (built === 0) return true;
  const inputs = [join(root, 'src'), join(root, 'astro.config.mjs'), join(root, 'package.json')];
  for (const input of inputs) if ((await newestMtime(input)) > built) return true;
  return false;
}

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (info === null) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of await readdir(path)) newest = Math.max(newest, await newestMtime(join(path, name)));
  return newest;
}

function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  console.log(`Building the site: astro ${args.join(' ')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    site = child;
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro ${args.join(' ')} failed (exit code ${String(code)}); see its output above`))));
  });
}

async function waitForSite(url: string): Promise<boolean> {
  for (let i = 0; i < 600 && !stopping; i += 1) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(1000) }).then(() => true, () => false);
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

async function shutdown(code: number, error?: unknown): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (error !== undefined) process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  if (site && site.exitCode === null && site.signalCode === null) {
    const exited = new Promise((resolve) => site?.once('exit', resolve));
    site.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  }
  await meili.close();
  process.exit(code);
}

function fail(error: unknown): never {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
