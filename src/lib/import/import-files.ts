/**
 * The importer at the file-system edge: reads sources and existing plan files, imports clean texts
 * first and OCR texts with a repair model built from the clean plans, then writes every file
 * atomically, only once all inputs imported without error.
 */
import { copyFile, readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { readPlanFile } from '../plan/read-plan-file.ts';
import type { PlanFile } from '../plan/read-plan-file.ts';
import { serializePlanFile } from '../plan/serialize-plan-file.ts';
import { writeFileAtomic } from '../plan/write-file-atomic.ts';
import { decodeSource } from './decode-source.ts';
import { ImportError } from './import-error.ts';
import { importPlan } from './import-plan.ts';
import type { ImportedPlan } from './import-plan.ts';
import { buildLanguageModel, detectOcr, repairText } from './text-tools.ts';

/** Where the content lives. */
export interface ContentDirs {
  sources: string;
  plans: string;
  originals: string;
}

/** One imported plan, for the report line. */
export interface ImportResult extends ImportedPlan {
  path: string;
  planPath: string;
}

/** Expands files and folders (not recursively) into the source files to import, sorted. */
export async function listSources(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      throw new ImportError(input, null, 'no such file or folder', { cause: error });
    }
    if (info.isDirectory()) {
      const names = (await readdir(input)).filter((n) => !n.startsWith('.') && /\.(txt|md)$/i.test(n)).sort();
      files.push(...names.map((n) => join(input, n)));
    } else files.push(input);
  }
  return files;
}

/** Reads every plan file in `dir`, keyed by its source file name; an invalid file stops the import. */
export async function readExistingPlans(dir: string): Promise<Map<string, { slug: string; file: PlanFile }>> {
  const bySource = new Map<string, { slug: string; file: PlanFile }>();
  let names: string[] = [];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
  } catch {
    return bySource;
  }
  for (const name of names) {
    const path = join(dir, name);
    const file = readPlanFile(path, await readFile(path, 'utf8'));
    bySource.set(file.meta.source, { slug: name.replace(/\.md$/, ''), file });
  }
  return bySource;
}

/** Imports the given sources into `dirs`; throws before writing anything if any input fails. */
export async function importFiles(inputs: string[], dirs: ContentDirs): Promise<ImportResult[]> {
  const paths = await listSources(inputs);
  if (paths.length === 0) throw new ImportError(inputs.join(', '), null, 'no .txt or .md source files found');
  const existing = await readExistingPlans(dirs.plans);
  const texts = await Promise.all(paths.map(async (path) => ({ path, text: decodeSource(await readFile(path), path, basename(path)) })));

  const results: ImportResult[] = [];
  const run = (path: string, text: string, repair: ((m: string) => string) | null): void => {
    const source = basename(path);
    const plan = importPlan(text, { source, path, existing: existing.get(source) ?? null, repair });
    results.push({ ...plan, path, planPath: join(dirs.plans, `${plan.slug}.md`) });
  };
  const clean = texts.filter((t) => !detectOcr(t.text));
  const scanned = texts.filter((t) => detectOcr(t.text));
  for (const { path, text } of clean) run(path, text, null);
  if (scanned.length > 0) {
    // The repair model learns from every clean plan body: those just imported and those already in content/.
    const imported = new Set(results.map((r) => r.meta.source));
    const bodies = [
      ...results.map((r) => r.body),
      ...[...existing.values()].filter((e) => !e.file.meta.ocr && !imported.has(e.file.meta.source)).map((e) => e.file.body),
    ];
    const model = buildLanguageModel(bodies);
    for (const { path, text } of scanned) run(path, text, (m) => repairText(m, model));
  }

  const slugs = new Map<string, string>();
  for (const r of results) {
    const other = slugs.get(r.slug);
    if (other) throw new ImportError(r.path, null, `produces the same plan file ${r.slug}.md as ${other}; rename one of them or set a number/date`);
    slugs.set(r.slug, r.path);
  }

  for (const r of results) {
    const target = join(dirs.sources, r.meta.source);
    if (resolve(r.path) !== resolve(target)) await copyFile(r.path, target);
    if (r.original !== null) await writeFileAtomic(join(dirs.originals, `${r.slug}.md`), r.original);
    await writeFileAtomic(r.planPath, serializePlanFile(r.meta, r.body));
  }
  return results;
}
