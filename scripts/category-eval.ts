/**
 * Prints the precision and recall of the task categories (CONTENT_DIR/categories.yaml) per category, as
 * a Markdown table, over the hand-labelled seed sections (tests/fixtures/categories/labelled.yaml).
 * Usage: node scripts/category-eval.ts [--details]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { configOrExit } from '../src/lib/config.ts';
import { evaluateCategories, formatEvaluation, parseLabelledSet } from '../src/lib/categories/category-eval.ts';
import { predictLabels } from '../src/lib/categories/predict-labels.ts';
import type { PlanBody } from '../src/lib/categories/predict-labels.ts';
import { parseTaxonomy } from '../src/lib/categories/taxonomy.ts';
import { readPlanFile } from '../src/lib/plan/read-plan-file.ts';

// Files are named relative to the working directory, as error messages show them.
const config = configOrExit();
const near = (path: string): string => {
  const short = relative(process.cwd(), path);
  return short === '' || short.startsWith('..') ? path : short;
};
/** A file's text; a file that cannot be read stops the script with one line naming it. */
async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    process.stderr.write(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)}); set CONTENT_DIR to a content folder that has it\n`);
    process.exit(1);
  }
}
const taxonomyFile = near(join(config.CONTENT_DIR, 'categories.yaml'));
const labelledFile = 'tests/fixtures/categories/labelled.yaml';
const plansDir = near(join(config.CONTENT_DIR, 'plans'));

// 1. Load the taxonomy and the labelled set.
const taxonomy = parseTaxonomy(await readText(taxonomyFile), taxonomyFile);
const ids = taxonomy.categories.map((category) => category.id);
const labelled = parseLabelledSet(await readFile(labelledFile, 'utf8'), labelledFile, ids);

// 2. Read every plan and categorise its sections.
const plans: PlanBody[] = [];
for (const name of (await readdir(plansDir)).filter((n) => n.endsWith('.md')).sort()) {
  const file = `${plansDir}/${name}`;
  const { meta, body, bodyStartLine } = readPlanFile(file, await readFile(file, 'utf8'));
  plans.push({ file, source: meta.source, body, bodyLine: bodyStartLine });
}
const predicted = predictLabels(plans, taxonomy);

// 3. Report labelled sections the plans do not have: the labels or the import are out of date.
const missing = [...labelled.keys()].filter((key) => !predicted.has(key));
if (missing.length > 0) console.warn(`Labelled sections not found in ${plansDir}: ${missing.join(', ')}`);

// 4. Print the table, and with --details every disagreement.
const result = evaluateCategories(labelled, predicted, ids);
console.log(formatEvaluation(result, new Map(taxonomy.categories.map((c) => [c.id, c.label]))));
if (process.argv.includes('--details')) {
  for (const [key, truth] of labelled) {
    const guess = predicted.get(key) ?? [];
    const extra = guess.filter((id) => !truth.includes(id));
    const lacking = truth.filter((id) => !guess.includes(id));
    if (extra.length + lacking.length > 0) console.log(`${key}: +[${extra.join(', ')}] -[${lacking.join(', ')}]`);
  }
}
