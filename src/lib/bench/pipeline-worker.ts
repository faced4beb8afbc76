/**
 * The indexer under measurement, run as its own process so that its peak memory is its own:
 * read the plan files of a content folder, turn them into documents (parse + normalise), reindex
 * them into `<prefix>sections` / `<prefix>plans` with the project's atomic reindex, then write the
 * finished documents as NDJSON for Meilisearch's own ingest, and print one JSON line of figures.
 *
 *   node src/lib/bench/pipeline-worker.ts <contentDir> <outDir>   (env: BENCH_MEILI_URL, BENCH_MEILI_KEY, BENCH_PREFIX)
 */
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { createClient } from '../meilisearch/client.ts';
import { buildCorpus, codeVersion, readCorpusFiles } from '../meilisearch/load-corpus.ts';
import { reindex } from '../meilisearch/reindex.ts';
import { readProcessMemory } from './process-memory.ts';

/** What the worker prints as its last line. */
export interface PipelineFigures {
  plans: number;
  sections: number;
  parseSeconds: number;
  totalSeconds: number;
  /** VmHWM of the worker when indexing was done, bytes. */
  peak: number;
}

const [contentDir, outDir] = process.argv.slice(2);
const meiliUrl = process.env.BENCH_MEILI_URL;
const meiliKey = process.env.BENCH_MEILI_KEY;
if (contentDir === undefined || outDir === undefined || meiliUrl === undefined || meiliKey === undefined) {
  console.error('usage: BENCH_MEILI_URL=… BENCH_MEILI_KEY=… BENCH_PREFIX=… node src/lib/bench/pipeline-worker.ts <contentDir> <outDir>');
  process.exit(2);
}

// 1. Read, parse and normalise: the project's own corpus loader, every plan file into documents.
const started = performance.now();
const corpus = buildCorpus(await readCorpusFiles(contentDir), await codeVersion());
const parsed = performance.now();

// 2. Index with the project's atomic reindex.
const client = createClient(meiliUrl, meiliKey, 600_000);
await reindex(corpus, { client, prefix: process.env.BENCH_PREFIX ?? 'bench-', force: true, plansDir: join(contentDir, 'plans') });
const indexed = performance.now();
const { peak } = await readProcessMemory(process.pid);

// 3. The same documents for Meilisearch's own ingest (not timed).
for (const [file, documents] of [['sections.ndjson', corpus.sections], ['plans.ndjson', corpus.plans]] as const) {
  const out = createWriteStream(join(outDir, file));
  for (const document of documents) if (!out.write(`${JSON.stringify(document)}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

const figures: PipelineFigures = {
  plans: corpus.plans.length,
  sections: corpus.sections.length,
  parseSeconds: (parsed - started) / 1000,
  totalSeconds: (indexed - started) / 1000,
  peak,
};
console.log(JSON.stringify(figures));
