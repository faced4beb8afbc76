/**
 * The files of a corpus: content/plans/*.md, content/originals/<slug>.md for OCR plans, and
 * content/categories.yaml. Plan files are listed, not held: each is read when a pass over the
 * corpus reaches it, so the indexer's memory follows the largest plan, never the corpus.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** One text file, with the path error messages show ("content/plans/x.md"), read when it is needed. */
export interface CorpusFile {
  path: string;
  /** The file's text, read anew at each call. */
  read(): string;
}

/** The files of a corpus, as listed in CONTENT_DIR. */
export interface CorpusFiles {
  plans: CorpusFile[];
  /** OCR text as read, by plan slug. */
  originals: Map<string, CorpusFile>;
  /** The taxonomy, small and needed by every plan: read once. */
  categories: { path: string; text: string };
}

/** A file whose text is already in memory (tests, evaluation). */
export function textFile(path: string, text: string): CorpusFile {
  return { path, read: () => text };
}

/**
 * Lists the plan and originals files of `contentDir` and reads its categories; paths in messages
 * are relative to `cwd`. A plan file is read only when a pass over the corpus reaches it.
 */
export async function readCorpusFiles(contentDir: string, cwd = '.'): Promise<CorpusFiles> {
  // A path inside `cwd` is shown relative to it; one outside in full, not as "../../tmp/…".
  const show = (path: string) => {
    const near = relative(cwd, path);
    return near === '' || near.startsWith('..') ? path : near;
  };
  const onDisk = (path: string): CorpusFile => ({ path: show(path), read: () => readFileSync(path, 'utf8') });
  const list = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.md')).sort();
  const plansDir = join(contentDir, 'plans');
  const plans = (await list(plansDir)).map((name) => onDisk(join(plansDir, name)));
  const originalsDir = join(contentDir, 'originals');
  const originals = new Map((await list(originalsDir)).map((name) => [name.slice(0, -3), onDisk(join(originalsDir, name))] as const));
  const categoriesFile = join(contentDir, 'categories.yaml');
  return { plans, originals, categories: { path: show(categoriesFile), text: await readFile(categoriesFile, 'utf8') } };
}
