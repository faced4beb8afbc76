/**
 * Run by index-memory.test.ts in a Node of its own (`--expose-gc`): reindex the corpus of a content
 * folder as `npm run index` does, collecting garbage and reading the heap every few plans, and print
 * one JSON line: the heap before reading the corpus and the most that stayed live while indexing.
 * Payloads are small (256 KiB), so that the one being filled weighs little against what is measured.
 *
 *   node --expose-gc tests/integration/index/retained-heap-child.ts <contentDir>   (env: MEILI_HOST, MEILI_MASTER_KEY, PREFIX)
 */
import type { SectionDocument } from '../../../src/lib/documents/section-document.ts';
import { createClient } from '../../../src/lib/meilisearch/client.ts';
import { readCorpusFiles } from '../../../src/lib/documents/corpus-files.ts';
import { codeVersion } from '../../../src/lib/documents/corpus-hash.ts';
import { corpusDocuments } from '../../../src/lib/documents/load-corpus.ts';
import { reindex } from '../../../src/lib/meilisearch/reindex.ts';

const gc = (globalThis as { gc?: () => void }).gc;
const [contentDir] = process.argv.slice(2);
const { MEILI_HOST, MEILI_MASTER_KEY, PREFIX } = process.env;
if (gc === undefined || contentDir === undefined || MEILI_HOST === undefined || MEILI_MASTER_KEY === undefined || PREFIX === undefined) {
  console.error('usage: MEILI_HOST=… MEILI_MASTER_KEY=… PREFIX=… node --expose-gc tests/integration/index/retained-heap-child.ts <contentDir>');
  process.exit(2);
}
const live = (): number => {
  gc();
  return process.memoryUsage().heapUsed;
};

// Before the corpus is read: whatever the indexer keeps of the files counts.
const before = live();
const source = corpusDocuments(await readCorpusFiles(contentDir), await codeVersion());
let retained = before;
let sections = 0;
const sampled = {
  ...source,
  *sections(): Generator<readonly SectionDocument[]> {
    let groups = 0;
    for (const group of source.sections()) {
      sections += group.length;
      if (++groups % 20 === 0) retained = Math.max(retained, live());
      yield group;
    }
    retained = Math.max(retained, live());
  },
};
const result = await reindex(sampled, { client: createClient(MEILI_HOST, MEILI_MASTER_KEY, 600_000), prefix: PREFIX, force: true, batchBytes: 256 * 1024 });
console.log(JSON.stringify({ before, retained, sections, indexed: result.sections, plans: result.plans }));
