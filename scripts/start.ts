/**
 * `npm start` (`npm run dev` with --dev): everything a fresh clone needs to serve the site.
 *   1. Read the configuration (environment); a bad value is one line, exit 2.
 *   2. Start the embedded Meilisearch (unless MEILI_HOST points at one), restarted whenever it dies.
 *   3. Reindex CONTENT_DIR if it changed since the last run (after a reindex already running); a plan that does not read is left out and named.
 *   4. Get the search-only key the site will hold (MEILI_SEARCH_KEY, or one made from the master key).
 *   5. Build the site if dist/ is missing or older than the sources (--dev: run `astro dev` instead).
 *   6. Serve it (scripts/serve.ts) with the Meilisearch URL and the search-only key; print its URL.
 *   7. On Ctrl-C (or if the site stops), stop the site, then Meilisearch.
 * The steps are src/lib/stack/supervisor.ts, which the load run and the benchmark use too.
 */
import { fileURLToPath } from 'node:url';
import { configOrExit } from '../src/lib/config.ts';
import { indexCorpus, invalidPlansReport } from '../src/lib/meilisearch/index-corpus.ts';
import { terminalProgress } from '../src/lib/meilisearch/progress.ts';
import { describeExit } from '../src/lib/stack/child.ts';
import { StackStoppedError, supervise } from '../src/lib/stack/supervisor.ts';

// 1. The configuration.
const config = configOrExit();
const root = fileURLToPath(new URL('..', import.meta.url));

// 2.–6. Meilisearch, the index, the key, the build, the site.
const supervisor = supervise({
  root,
  meili: { kind: 'configured', config, watch: true },
  prefix: config.MEILI_INDEX_PREFIX,
  index: async (meili) => {
    if (meili.started) console.log(`Meilisearch: ${meili.url} (embedded, data in ${config.DATA_DIR})`);
    // A plan that does not read is left out and named (file:line); the site serves the others.
    const indexed = await indexCorpus(config, meili.client, { progress: terminalProgress(process.stdout), cwd: root, invalidPlans: 'skip', waitForLock: true, ...(meili.shards ? { shards: meili.shards } : {}) });
    process.stderr.write(invalidPlansReport(indexed.invalid));
  },
  ...(config.MEILI_SEARCH_KEY === undefined ? {} : { searchKey: config.MEILI_SEARCH_KEY }),
  build: process.argv.includes('--dev') ? 'dev' : { outDir: 'dist', when: 'stale' },
  listen: { host: config.HOST, port: config.PORT },
  output: 'inherit',
  log: (line) => console.log(line),
  onSiteExit: (exit) => void shutdown(1, `The site stopped (${describeExit(exit)}); stopping Meilisearch.`),
});

// 7. Ctrl-C, or a site that stops by itself, stops everything.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(0));
let stopping = false;
try {
  const { site } = await supervisor.running;
  console.log(`\nSite: ${site.url}/  (Ctrl-C to stop)`);
} catch (error) {
  if (!(error instanceof StackStoppedError) && !stopping) await shutdown(1, error instanceof Error ? error.message : String(error));
}

async function shutdown(code: number, message?: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (message !== undefined) process.stderr.write(`\n${message}\n`);
  await supervisor.stop();
  process.exit(code);
}
