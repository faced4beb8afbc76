/**
 * The file-system edge of the synthetic corpus: read the committed plans (and OCR originals) of a
 * content folder, and write generated plans into a folder laid out the same way.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readPlanSource, splitBody } from './plan-source.ts';
import type { SourcePair, SyntheticPlan } from './synthetic-corpus.ts';

/** Read `<contentDir>/plans/*.md` and their `<contentDir>/originals/*.md` (bodies without front matter), in file-name order. */
export async function readSourcePairs(contentDir: string): Promise<SourcePair[]> {
  const plansDir = join(contentDir, 'plans');
  const names = (await readdir(plansDir)).filter((name) => name.endsWith('.md')).sort();
  if (names.length === 0) throw new Error(`${plansDir}: no plan files; run \`npm run import\` first`);
  return Promise.all(
    names.map(async (name) => {
      const slug = name.slice(0, -3);
      const file = join(plansDir, name);
      const plan = readPlanSource(file, slug, await readFile(file, 'utf8'));
      const originalFile = join(contentDir, 'originals', name);
      const originalText = await readFile(originalFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw new Error(`${originalFile}: cannot read`, { cause: error });
      });
      // An original is a body only: the same headings as the plan, the text as OCR read it.
      return { plan, original: originalText === null ? null : { slug, meta: plan.meta, ...splitBody(originalText) } };
    }),
  );
}

/** Write generated plans under `<dir>/plans/` and `<dir>/originals/`; returns the plan and section counts. */
export async function writeSyntheticCorpus(dir: string, plans: Iterable<SyntheticPlan>): Promise<{ plans: number; sections: number }> {
  await mkdir(join(dir, 'plans'), { recursive: true });
  await mkdir(join(dir, 'originals'), { recursive: true });
  let count = 0;
  let sections = 0;
  for (const plan of plans) {
    await writeFile(join(dir, 'plans', `${plan.slug}.md`), plan.markdown);
    if (plan.original !== null) await writeFile(join(dir, 'originals', `${plan.slug}.md`), plan.original);
    count++;
    sections += plan.sections;
  }
  return { plans: count, sections };
}
