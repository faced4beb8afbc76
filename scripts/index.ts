/**
 * `npm run index [-- --force] [--allow-shrink] [--wait]`: rebuild the Meilisearch indexes from content/ when it changed.
 * --allow-shrink swaps in even no plans or fewer than half of those serving; --wait waits for a
 * reindex already running instead of stopping with its start time.
 *   1. Read the configuration (environment); a bad value is one line, exit 2.
 *   2. Connect: the external MEILI_HOST, the embedded server if it runs, or start it.
 *   3. Read every plan and build the documents; plans that do not read are all named (file:line) and stop it here.
 *   4. Build fresh indexes, swap them in, delete the old ones (skipped when nothing changed).
 *   5. Stop the embedded server if this script started it.
 */
import { configOrExit } from '../src/lib/config.ts';
import { connectIndexer } from '../src/lib/meilisearch/connect.ts';
import { indexCorpus } from '../src/lib/meilisearch/index-corpus.ts';
import { indexFailureReport } from '../src/lib/meilisearch/index-failure.ts';
import { terminalProgress } from '../src/lib/meilisearch/progress.ts';

const config = configOrExit();
const force = process.argv.includes('--force');
const allowShrink = process.argv.includes('--allow-shrink');
const waitForLock = process.argv.includes('--wait');
const connection = await connectIndexer(config).catch(fail);
try {
  await indexCorpus(config, connection.client, { force, allowShrink, waitForLock, progress: terminalProgress(process.stdout), ...(connection.shards ? { shards: connection.shards } : {}) });
} catch (error) {
  await connection.close();
  fail(error);
}
await connection.close();

/** Prints what failed and what the site serves now, then exits 1. */
function fail(error: unknown): never {
  process.stderr.write(indexFailureReport(error));
  process.exit(1);
}
