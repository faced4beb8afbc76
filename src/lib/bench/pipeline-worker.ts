/**
 * The indexer under measurement, run as its own process so that its peak memory is its own:
 * read the plan files of a content folder and reindex them into `<prefix>sections` /
 * `<prefix>plans` as `npm run index` does (parse + normalise + send, streamed, then the atomic
 * swap); then time parsing alone, write the finished documents as NDJSON for Meilisearch's own
 * ingest (and the same sections as plain `{ id, heading, text }` documents, the floor), and print
 * one JSON line of figures.
 *
 *   node src/lib/bench/pipeline-worker.ts <contentDir> <outDir>   (env: BENCH_MEILI_URL, BENCH_MEILI_KEY, BENCH_PREFIX)
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { createClient } from '../meilisearch/client.ts';
import { readCorpusFiles } from '../documents/corpus-files.ts';
import { codeVersion } from '../documents/corpus-hash.ts';
import { corpusDocuments } from '../documents/load-corpus.ts';
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

// 1. Read, parse, normalise and index, as `npm run index` does: the plans are parsed as the
//    reindex reaches them, and their documents sent while Meilisearch indexes the earlier ones.
const started = performance.now();
const client = createClient(meiliUrl, meiliKey, 600_000);
const source = corpusDocuments(await readCorpusFiles(contentDir), await codeVersion());
const result = await reindex(source, { client, prefix: process.env.BENCH_PREFIX ?? 'bench-', force: true, plansDir: join(contentDir, 'plans') });
const indexed = performance.now();
const { peak } = await readProcessMemory(process.pid);

// 2. Parsing alone, timed on its own, with the same documents written as NDJSON for Meilisearch's
//    own ingest (the writing is not timed); a plan at a time, so no size needs the corpus in memory.
const again = corpusDocuments(await readCorpusFiles(contentDir), await codeVersion());
let parseSeconds = 0;
const sectionsOut = createWriteStream(join(outDir, 'sections.ndjson'));
const plainOut = createWriteStream(join(outDir, 'plain.ndjson'));
const groups = again.sections()[Symbol.iterator]();
for (;;) {
  const parseStarted = performance.now();
  const next = groups.next();
  parseSeconds += (performance.now() - parseStarted) / 1000;
  if (next.done === true) break;
  await writeLines(sectionsOut, next.value);
  await writeLines(plainOut, next.value.map(({ id, heading, text }) => ({ id, heading, text })));
}
const plansOut = createWriteStream(join(outDir, 'plans.ndjson'));
await writeLines(plansOut, again.plans());
for (const out of [sectionsOut, plainOut, plansOut]) {
  out.end();
  await once(out, 'finish');
}

async function writeLines(out: WriteStream, documents: Iterable<object>): Promise<void> {
  for (const document of documents) if (!out.write(`${JSON.stringify(document)}\n`)) await once(out, 'drain');
}

const figures: PipelineFigures = {
  plans: result.plans,
  sections: result.sections,
  parseSeconds,
  totalSeconds: (indexed - started) / 1000,
  peak,
};
console.log(JSON.stringify(figures));
