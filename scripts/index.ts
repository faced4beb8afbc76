/**
 * `npm run index [-- --force]`: rebuild the Meilisearch indexes from content/ when it changed.
 *   1. Read the configuration (environment).
 *   2. Connect: the external MEILI_HOST, the embedded server if it runs, or start it.
 *   3. Read every plan and build the documents; plans that do not read are all named (file:line) and stop it here.
 *   4. Build fresh indexes, swap them in, delete the old ones (skipped when nothing changed).
 *   5. Stop the embedded server if this script started it.
 */
import { config } from '../src/lib/config.ts';
import { connectIndexer } from '../src/lib/meilisearch/connect.ts';
import { indexCorpus } from '../src/lib/meilisearch/index-corpus.ts';
import { InvalidPlansError } from '../src/lib/meilisearch/load-corpus.ts';
import { terminalProgress } from '../src/lib/meilisearch/progress.ts';

const force = process.argv.includes('--force');
const connection = await connectIndexer(config).catch(fail);
try {
  await indexCorpus(config, connection.client, { force, progress: terminalProgress(process.stdout) });
} catch (error) {
  await connection.close();
  fail(error);
}
await connection.close();

function fail(error: unknown): never {
  let message = error instanceof Error ? error.message : String(error);
  if (error instanceof InvalidPlansError) message = `${error.errors.length === 1 ? '1 plan does' : `${error.errors.length} plans do`} not read:\n${message}`;
  process.stderr.write(`\n${message}\nThe serving indexes were not changed.\n`);
  process.exit(1);
}
