/**
 * The corpus the relevance evaluation searches: the committed plans of `content/` and the plans
 * made from real documents of the chain (`tests/fixtures/eval-corpus/plans/`, imported from
 * tests/fixtures/real/ and checked by hand against SOURCES.tsv), indexed together so that a query
 * for one document meets the documents that cite it or carry a similar number.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readCorpusFiles, textFile } from '../documents/corpus-files.ts';
import { codeVersion } from '../documents/corpus-hash.ts';
import type { Corpus } from '../documents/document-source.ts';
import { buildCorpus } from '../documents/load-corpus.ts';

/** Folder of the real-document plans, relative to the repository root. */
export const evalPlansDir = 'tests/fixtures/eval-corpus/plans';

/** The committed plans and the real-document plans, with the categories of `content/` (or of `contentDir`, CONTENT_DIR). */
export async function loadEvalCorpus(root: string, contentDir = join(root, 'content')): Promise<Corpus> {
  const content = await readCorpusFiles(contentDir, root);
  const names = (await readdir(join(root, evalPlansDir))).filter((name) => name.endsWith('.md')).sort();
  const real = await Promise.all(names.map(async (name) => textFile(`${evalPlansDir}/${name}`, await readFile(join(root, evalPlansDir, name), 'utf8'))));
  return buildCorpus({ ...content, plans: [...content.plans, ...real] }, await codeVersion());
}
