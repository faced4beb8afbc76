/** `npm run index` as a function: read the corpus of CONTENT_DIR and reindex it as it is parsed, with progress and a summary line. */
import { join, relative } from 'node:path';
import type { Meilisearch } from 'meilisearch';
import type { Config } from '../config.ts';
import { readCorpusFiles } from '../documents/corpus-files.ts';
import { codeVersion } from '../documents/corpus-hash.ts';
import type { DocumentSink, DocumentSource } from '../documents/document-source.ts';
import { corpusDocuments, InvalidPlansError } from '../documents/load-corpus.ts';
import type { Progress } from './progress.ts';
import { reindex } from './reindex.ts';
import type { ReindexResult, ReindexShard } from './reindex.ts';

/** What an indexing run did, and the plans it left out because they do not read. */
export interface IndexCorpusResult extends ReindexResult {
  /** One error per plan left out, each message starting with "file:line". */
  invalid: Error[];
}

/**
 * What to do with a plan that does not read: `fail` (npm run index, CI) lists every such plan in
 * one InvalidPlansError and leaves the serving indexes untouched; `skip` (npm start) indexes the
 * others and returns the invalid ones, so that one bad plan never takes the site down.
 */
export type InvalidPlanPolicy = 'fail' | 'skip';

/** The summary line of a reindex: "Indexed 5 plans, 61 sections in 1.9 s". */
export function summaryLine(result: ReindexResult): string {
  const what = `${result.plans} plans, ${result.sections} sections`;
  const seconds = result.seconds.toFixed(1);
  return result.status === 'indexed' ? `Indexed ${what} in ${seconds} s` : `Index up to date (${what}); checked in ${seconds} s — use --force to rebuild`;
}

/** The lines `npm start` prints for the plans it left out: a heading, then each "file:line: reason". */
export function invalidPlansReport(invalid: readonly Error[]): string {
  if (invalid.length === 0) return '';
  const count = invalid.length === 1 ? '1 plan does' : `${invalid.length} plans do`;
  return [`${count} not read and ${invalid.length === 1 ? 'is' : 'are'} left out of the index; the site serves the others. Fix and run npm run index:`, ...invalid.map((e) => e.message), ''].join('\n');
}

/** Loads CONTENT_DIR and reindexes it on `client`; errors (plan file:line, failed task) propagate with the serving indexes untouched. */
export async function indexCorpus(
  config: Config,
  client: Meilisearch,
  options: { force?: boolean; progress: Progress; cwd?: string; invalidPlans?: InvalidPlanPolicy; allowShrink?: boolean; waitForLock?: boolean; sinks?: readonly DocumentSink[]; shards?: readonly ReindexShard[] },
): Promise<IndexCorpusResult> {
  const started = performance.now();
  const files = await readCorpusFiles(config.CONTENT_DIR, options.cwd);
  const invalid: Error[] = [];
  // Sinks (the query's term table builder) see each section document as the reindex reads it.
  const parsed = corpusDocuments(files, await codeVersion(), { onInvalid: (error) => invalid.push(error), sinks: options.sinks ?? [] });
  const source: DocumentSource = options.invalidPlans === 'skip' ? parsed : failAtEnd(parsed, invalid);
  const result = await reindex(source, {
    client,
    prefix: config.MEILI_INDEX_PREFIX,
    progress: options.progress,
    plansDir: relative(options.cwd ?? '.', join(config.CONTENT_DIR, 'plans')),
    ...(options.force === undefined ? {} : { force: options.force }),
    ...(options.allowShrink === undefined ? {} : { allowShrink: options.allowShrink }),
    ...(options.waitForLock === undefined ? {} : { lock: { wait: options.waitForLock } }),
    ...(options.shards === undefined ? {} : { shards: options.shards }),
  });
  // Every plan file that reads is one plan document: fewer serving than files means some do not
  // read, and only then are the plans parsed again to name them (an unchanged corpus is not indexed).
  if (result.status === 'unchanged' && result.plans < files.plans.length) for (const _ of source.sections());
  const total = { ...result, seconds: (performance.now() - started) / 1000, invalid };
  options.progress.finish(summaryLine(total));
  return total;
}

/** The source, throwing InvalidPlansError once every plan is read if any did not read. */
function failAtEnd(source: DocumentSource, invalid: readonly Error[]): DocumentSource {
  return {
    ...source,
    *sections() {
      yield* source.sections();
      if (invalid.length > 0) throw new InvalidPlansError(invalid);
    },
  };
}
