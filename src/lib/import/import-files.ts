/**
 * The importer at the file-system edge: reads sources and existing plan files, imports clean texts
 * first and OCR texts with a repair model built from the clean plans, then writes each plan that
 * passed its checks, atomically. Every file gets its own outcome: one bad file never stops the
 * others, and nothing that belongs to another source is overwritten.
 */
import { copyFile, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { readPlanFile } from '../plan/read-plan-file.ts';
import { serializePlanFile } from '../plan/serialize-plan-file.ts';
import { writeFileAtomic } from '../plan/write-file-atomic.ts';
import { readExistingPlans } from './existing-plans.ts';
import type { ExistingPlans, InvalidPlan } from './existing-plans.ts';
import { FileError } from '../file-error.ts';
import { importPlan } from './import-plan.ts';
import type { ImportedPlan } from './import-plan.ts';
import { acceptedSoFar, judgePlan } from './plan-conflicts.ts';
import { doubtfulTokens } from '../ocr/doubtful.ts';
import type { OcrInfo, OcrProgress } from './formats/read-source.ts';
import { isSourceFile, readSourceFile } from './formats/read-source.ts';
import { repairExtraction } from './repair-extraction.ts';
import { buildRepairModel, isOcrText, repairOcrText } from './ocr-text.ts';

/** Where the content lives. */
export interface ContentDirs {
  sources: string;
  plans: string;
  originals: string;
}

/** One imported plan, written to `planPath`. */
export interface ImportResult extends ImportedPlan {
  status: 'imported';
  path: string;
  planPath: string;
}

/** A source whose text is already imported, from another file: not imported again. */
export interface DuplicateFile {
  status: 'duplicate';
  path: string;
  /** The input path, or the source file name under content/sources, of the text imported first. */
  of: string;
  planPath: string;
}

/** A source that could not be imported; `error` names the file (and line) and what to do. */
export interface FailedFile {
  status: 'failed';
  path: string;
  error: Error;
}

/** What became of one input file. */
export type FileOutcome = ImportResult | DuplicateFile | FailedFile;

/** What an import did, file by file in input order. */
export interface ImportReport {
  files: FileOutcome[];
  /** Plan files of content/plans that do not read and that no input of this run belongs to. */
  invalidPlans: InvalidPlan[];
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** Expands files and folders (not recursively) into the source files to import, sorted per folder; a missing input is a failure. */
export async function listSources(inputs: string[]): Promise<{ paths: string[]; missing: FailedFile[] }> {
  const paths: string[] = [];
  const missing: FailedFile[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (!seen.has(resolve(path))) paths.push(path);
    seen.add(resolve(path));
  };
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      missing.push({ status: 'failed', path: input, error: new FileError({ file: input }, 'no such file or folder', { cause: error }) });
      continue;
    }
    if (!info.isDirectory()) add(input);
    else {
      // A folder's README.md describes the folder; it is not a document (a README named on the command line is imported).
      const names = (await readdir(input)).filter((n) => !n.startsWith('.') && !/^readme\.md$/i.test(n) && isSourceFile(n)).sort();
      if (names.length === 0) missing.push({ status: 'failed', path: input, error: new FileError({ file: input }, 'the folder holds no source files (.txt, .md, .docx, .doc, .pdf, .png, .jpg, .tif)') });
      for (const name of names) add(join(input, name));
    }
  }
  return { paths, missing };
}

/** Imports the given sources into `dirs`, each on its own: what fails is reported and the rest is written. */
export async function importFiles(inputs: string[], dirs: ContentDirs, progress?: OcrProgress): Promise<ImportReport> {
  const { paths, missing } = await listSources(inputs);
  const existing = await readExistingPlans(dirs.plans);
  const outcomes = new Map<string, FileOutcome>(missing.map((m) => [m.path, m]));
  const failed = (path: string, error: unknown) => outcomes.set(path, { status: 'failed', path, error: asError(error) });

  // 1. Read and decode each source (size checked first).
  // Word, PDF and scans go through their readers (src/lib/import/formats/); a scan is read by OCR here.
  const texts: { path: string; text: string; ocr: boolean; read: OcrInfo | null }[] = [];
  for (const path of paths) {
    try {
      const { text, ocr: read } = await readSourceFile(path, progress);
      // Judged on the text as importPlan reads it: a web copy's "\r\n" written out as text is no OCR damage.
      texts.push({ path, text, ocr: read !== null || isOcrText(repairExtraction(text)), read });
    } catch (error) {
      failed(path, error);
    }
  }

  // 2. Import the clean texts, then the OCR texts with a repair model learnt from every clean body.
  const plans = new Map<string, ImportedPlan>();
  const run = (path: string, text: string, repair: ((m: string) => string) | null, ocr: boolean): void => {
    try {
      const source = basename(path);
      const plan = importPlan(text, { source, path, existing: existing.bySource.get(source) ?? null, repair, ocr });
      // Never write a plan file the indexer would refuse: check it as the indexer reads it.
      readPlanFile(join(dirs.plans, `${plan.slug}.md`), serializePlanFile(plan.meta, plan.body));
      plans.set(path, plan);
    } catch (error) {
      failed(path, error);
    }
  };
  // Whether a text is OCR was decided once in step 1: importPlan does not run isOcrText again.
  for (const { path, text } of texts.filter((t) => !t.ocr)) run(path, text, null, false);
  const scanned = texts.filter((t) => t.ocr);
  if (scanned.length > 0) {
    const model = buildRepairModel(cleanBodies([...plans.values()], existing));
    for (const { path, text, read } of scanned) {
      // Read by Tesseract here: only the words it doubted may change.
      if (read) {
        const doubtful = doubtfulTokens(read.words);
        run(path, text, (m) => repairOcrText(m, model, doubtful), true);
      } else run(path, text, (m) => repairOcrText(m, model), true);
    }
  }

  // 3. In input order: skip duplicates, refuse clashes, write the rest.
  const accepted = acceptedSoFar();
  for (const path of paths) {
    const plan = plans.get(path);
    if (!plan) continue;
    const planPath = join(dirs.plans, `${plan.slug}.md`);
    const verdict = judgePlan({ path, plan }, existing, accepted);
    if (verdict.kind === 'fail') failed(path, verdict.error);
    else if (verdict.kind === 'duplicate') outcomes.set(path, { status: 'duplicate', path, of: verdict.of, planPath: join(dirs.plans, `${verdict.planSlug}.md`) });
    else {
      try {
        await writePlan(path, plan, planPath, dirs);
        outcomes.set(path, { ...plan, status: 'imported', path, planPath });
      } catch (error) {
        failed(path, error);
      }
    }
  }

  const order = [...missing.map((m) => m.path), ...paths];
  const files = order.map((path) => outcomes.get(path)).filter((o): o is FileOutcome => o !== undefined);
  const sources = new Set(paths.map((p) => basename(p)));
  const slugs = new Set([...plans.values()].map((p) => p.slug));
  const invalidPlans = existing.invalid.filter((p) => !(p.source !== null && sources.has(p.source)) && !slugs.has(p.slug));
  return { files, invalidPlans };
}

/** The bodies the OCR repair model learns from: the clean plans just imported and those already in content/. */
function cleanBodies(imported: ImportedPlan[], existing: ExistingPlans): string[] {
  const sources = new Set(imported.map((p) => p.meta.source));
  const kept = [...existing.bySource.values()].filter((e) => !e.file.meta.ocr && !sources.has(e.file.meta.source));
  // A text imported twice under two names counts once.
  return [...new Set([...imported.map((p) => p.body), ...kept.map((e) => e.file.body)])];
}

/** Copies the source into content/sources (never over another text) and writes the original and the plan. */
async function writePlan(path: string, plan: ImportedPlan, planPath: string, dirs: ContentDirs): Promise<void> {
  const target = join(dirs.sources, plan.meta.source);
  if (resolve(path) !== resolve(target)) {
    const held = await readFile(target).catch(() => null);
    if (held !== null && !held.equals(await readFile(path))) {
      throw new FileError({ file: path }, `content/sources/${plan.meta.source} already holds another text; nothing was written. Rename the file and import it again`);
    }
    await mkdir(dirs.sources, { recursive: true });
    if (held === null) await copyFile(path, target);
  }
  if (plan.original !== null) await writeFileAtomic(join(dirs.originals, `${plan.slug}.md`), plan.original);
  await writeFileAtomic(planPath, serializePlanFile(plan.meta, plan.body));
}
