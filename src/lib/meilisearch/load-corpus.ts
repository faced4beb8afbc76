/**
 * Reads the corpus to index: every content/plans/*.md (with content/originals/<slug>.md for OCR
 * plans) and content/categories.yaml, turned into documents, with a hash of everything the
 * documents depend on (those files and the code that turns them into documents).
 *
 * Plan files are listed, not held: each is read when it is hashed and again when it is parsed, so
 * the indexer's memory follows the largest plan, never the size of the corpus.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTaxonomy } from '../categories/taxonomy.ts';
import { readPlanFile } from '../plan/read-plan-file.ts';
import { linkCitations } from '../sections/plan-document.ts';
import type { PlanDocument } from '../sections/plan-document.ts';
import { planToDocuments } from '../sections/plan-to-documents.ts';
import type { SectionDocument } from '../sections/section-document.ts';
import { hashParts } from './index-state.ts';
import type { Progress } from './progress.ts';
import { silentProgress } from './progress.ts';
import type { Corpus, DocumentSource } from './reindex.ts';

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

// The code that shapes documents: a change to any of it changes the documents, so it is hashed too.
const codeDirs = ['plan', 'sections', 'categories', 'vietnamese', 'provinces', 'meilisearch'];
const libDir = fileURLToPath(new URL('..', import.meta.url));

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

/** Hash of the code that shapes documents (the sources of src/lib/{plan,sections,…}). */
export async function codeVersion(): Promise<string> {
  const parts: string[] = [];
  for (const dir of codeDirs) {
    const names = (await readdir(join(libDir, dir)).catch(() => [] as string[])).filter((n) => n.endsWith('.ts')).sort();
    for (const name of names) parts.push(`${dir}/${name}`, await readFile(join(libDir, dir, name), 'utf8'));
  }
  return hashParts(parts);
}

/**
 * Hash of everything the documents of `files` depend on: the files and the code. Each file is read
 * in turn and dropped (the same value as `hashParts` of them all). A file changed between this pass
 * and the parsing one is indexed as it then reads under the older hash, so the next run sees a
 * different hash and indexes again: never a changed corpus taken for unchanged.
 */
export function corpusHash(files: CorpusFiles, code: string): string {
  const hash = createHash('sha256');
  const add = (part: string) => hash.update(`${Buffer.byteLength(part)}:${part}\n`);
  add(code);
  add(files.categories.text);
  for (const file of [...files.plans, ...files.originals.values()]) {
    add(file.path);
    add(file.read());
  }
  return hash.digest('hex');
}

/** Plans that do not read, each error starting with its "file:line"; the message lists them all. */
export class InvalidPlansError extends Error {
  readonly errors: readonly Error[];
  constructor(errors: readonly Error[]) {
    super(errors.map((error) => error.message).join('\n'), { cause: errors[0] });
    this.name = 'InvalidPlansError';
    this.errors = errors;
  }
}

/** How corpusDocuments treats a plan that does not read. */
export interface CorpusOptions {
  /** Called with each invalid plan's error, and the plan is left out; without it the first error is thrown. */
  onInvalid?: (error: Error) => void;
}

/** A plan's error as one that names its file: PlanFileError and SectionStructureError already do, anything else gets the path. */
function planError(error: unknown, path: string): Error {
  const cause = error instanceof Error ? error : new Error(String(error));
  return cause.message.startsWith(path) ? cause : new Error(`${path}: ${cause.message}`, { cause });
}

/**
 * Corpus files as a document source for `reindex`: each plan is parsed when the reindex reaches
 * it, so indexing starts before the last plan is read. Throws, from `sections()`, the first plan's
 * error as it is: PlanFileError or SectionStructureError, whose message starts with "file:line";
 * with `onInvalid`, reports each such plan there and leaves it out.
 */
export function corpusDocuments(files: CorpusFiles, code: string, options: CorpusOptions = {}): DocumentSource {
  const taxonomy = parseTaxonomy(files.categories.text, files.categories.path);
  const plans: PlanDocument[] = [];
  return {
    hash: corpusHash(files, code),
    groups: files.plans.length,
    *sections() {
      plans.length = 0;
      for (const file of files.plans) {
        const slug = (file.path.split('/').pop() ?? file.path).replace(/\.md$/, '');
        let documents;
        try {
          const { meta, body, bodyStartLine } = readPlanFile(file.path, file.read());
          const original = files.originals.get(slug);
          documents = planToDocuments(slug, meta, body, {
            file: file.path,
            bodyLine: bodyStartLine,
            categories: taxonomy,
            ...(meta.ocr && original ? { originalBody: original.read(), originalFile: original.path, originalBodyLine: 1 } : {}),
          });
        } catch (error) {
          if (!options.onInvalid) throw error;
          options.onInvalid(planError(error, file.path));
          yield [];
          continue;
        }
        plans.push(documents.plan);
        yield documents.sections;
      }
    },
    plans: () => linkCitations(plans),
  };
}

/** Turns corpus files into documents, all at once (tests, evaluation); errors as `corpusDocuments`. */
export function buildCorpus(files: CorpusFiles, code: string, progress: Progress = silentProgress): Corpus {
  const source = corpusDocuments(files, code);
  const sections: SectionDocument[] = [];
  progress.step('Reading plans', source.groups);
  for (const group of source.sections()) {
    sections.push(...group);
    progress.advance();
  }
  return { plans: [...source.plans()], sections, hash: source.hash };
}

/** Reads and builds the corpus of `contentDir`. */
export async function loadCorpus(contentDir: string, progress: Progress = silentProgress, cwd = '.'): Promise<Corpus> {
  return buildCorpus(await readCorpusFiles(contentDir, cwd), await codeVersion(), progress);
}
