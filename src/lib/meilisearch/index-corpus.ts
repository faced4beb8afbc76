/** `npm run index` as a function: read the corpus of CONTENT_DIR and reindex it as it is parsed, with progress and a summary line. */
import { join, relative } from 'node:path';
import type { Meilisearch } from 'meilisearch';
import type { Config } from '../config.ts';
import { codeVersion, corpusDocuments, readCorpusFiles } from './load-corpus.ts';
import type { Progress } from './progress.ts';
import { reindex } from './reindex.ts';
import type { ReindexResult } from './reindex.ts';

/** The summary line of a reindex: "Indexed 5 plans, 61 sections in 1.9 s". */
export function summaryLine(result: ReindexResult): string {
  const what = `${result.plans} plans, ${result.sections} sections`;
  const seconds = result.seconds.toFixed(1);
  return result.status === 'indexed' ? `Indexed ${what} in ${seconds} s` : `Index up to date (${what}); checked in ${seconds} s — use --force to rebuild`;
}

/** Loads CONTENT_DIR and reindexes it on `client`; errors (plan file:line, failed task) propagate with the serving indexes untouched. */
export async function indexCorpus(
  config: Config,
  client: Meilisearch,
  options: { force?: boolean; progress: Progress; cwd?: string },
): Promise<ReindexResult> {
  const started = performance.now();
  const files = await readCorpusFiles(config.CONTENT_DIR, options.cwd);
  const result = await reindex(corpusDocuments(files, await codeVersion()), {
    client,
    prefix: config.MEILI_INDEX_PREFIX,
    progress: options.progress,
    plansDir: relative(options.cwd ?? '.', join(config.CONTENT_DIR, 'plans')),
    ...(options.force === undefined ? {} : { force: options.force }),
  });
  const total = { ...result, seconds: (performance.now() - started) / 1000 };
  options.progress.finish(summaryLine(total));
  return total;
}
