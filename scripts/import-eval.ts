/**
 * Imports every real document of tests/fixtures/real in memory and compares type, issuer, level,
 * province, number and date with SOURCES.tsv; prints a table by field for the tuned documents, the
 * held-out ones (tests/fixtures/import-eval/held-out.json) and all of them.
 * Usage: node scripts/import-eval.ts [--set tuned|held-out|all] [--details] [--write-baseline]
 * Exits non-zero when a field falls below tests/fixtures/import-eval/baseline.json or a value is invented.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { evaluateImport, findImportRegressions, formatImportEval, overallRight, parseSourcesTsv, resultToBaseline } from '../src/lib/eval/import-eval.ts';
import type { FieldValues, ImportEvalBaseline, TruthRow } from '../src/lib/eval/import-eval.ts';
import { importFields } from '../src/lib/eval/import-fields.ts';
import { configOrExit } from '../src/lib/config.ts';

// It reads only test fixtures, yet checks the environment as every script does.
configOrExit();
const folder = 'tests/fixtures/real';
const truthFile = `${folder}/SOURCES.tsv`;
const heldOutFile = 'tests/fixtures/import-eval/held-out.json';
const baselineFile = 'tests/fixtures/import-eval/baseline.json';
const argAfter = (flag: string): string | undefined => process.argv[process.argv.indexOf(flag) + 1];
const set = process.argv.includes('--set') ? (argAfter('--set') ?? 'all') : 'all';

// 1. Read the truth and the held-out list.
const truth = parseSourcesTsv(await readFile(truthFile, 'utf8'), truthFile);
const heldOut = new Set((JSON.parse(await readFile(heldOutFile, 'utf8')) as { files: string[] }).files);

// 2. Import every document in memory; a refused document predicts nothing.
const predictions = new Map<string, FieldValues | null>();
for (const row of truth) {
  const path = `${folder}/${row.file}`;
  const result = importFields(new Uint8Array(await readFile(path)), path, row.file);
  if ('error' in result) console.warn(`refused: ${result.error}`);
  else if (process.argv.includes('--details')) for (const w of result.warnings) console.warn(`warning: ${w}`);
  predictions.set(row.file, 'error' in result ? null : result.fields);
}

// 3. Print a table per set, and with --details every value that is not right.
const sets: Array<[string, TruthRow[]]> = [
  ['tuned', truth.filter((r) => !heldOut.has(r.file))],
  ['held-out', truth.filter((r) => heldOut.has(r.file))],
  ['all', truth],
];
for (const [name, rows] of sets.filter(([name]) => set === 'all' || name === set)) {
  const result = evaluateImport(rows, predictions);
  console.log(`\n${name}: ${rows.length} documents, ${(100 * overallRight(result)).toFixed(1)} % of fields right\n`);
  console.log(formatImportEval(result));
  if (process.argv.includes('--details') && name !== 'all') {
    for (const m of result.misses) console.log(`${m.outcome.padEnd(8)} ${m.file} ${m.field}: truth "${m.truth}", read "${m.predicted}"`);
  }
}

// 4. Compare all documents with the committed baseline (or write it).
const all = evaluateImport(truth, predictions);
if (process.argv.includes('--write-baseline')) {
  await writeFile(baselineFile, `${JSON.stringify(resultToBaseline(all), null, 2)}\n`);
  console.log(`\nwrote ${baselineFile}`);
} else {
  const baseline = JSON.parse(await readFile(baselineFile, 'utf8')) as ImportEvalBaseline;
  const problems = findImportRegressions(all, baseline);
  for (const p of problems) console.error(`regression: ${p}`);
  if (problems.length > 0) process.exitCode = 1;
}
