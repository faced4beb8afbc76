// OCR and repair measured on scans of plans whose text is known: each plan is printed to PDF,
// one page rasterised and degraded at each level, read by Tesseract, and repaired by a model
// that learnt from every other text but never from the plan under test (leave-one-out). The
// truth of a page is the text layer of the printed PDF, so OCR and truth cover the same words.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { readBboxLayout } from '../../import/formats/pdf-layout-text.ts';
import { runTool } from '../../run-tool.ts';
import type { Score } from '../accuracy.ts';
import { measureRepairAccuracy } from '../accuracy.ts';
import { doubtfulTokens } from '../doubtful.ts';
import { placeNamesText } from '../gazetteer.ts';
import { buildLanguageModel } from '../language-model.ts';
import { planHtml } from '../material/plan-html.ts';
import { planLayout } from '../material/plan-layout.ts';
import { printPdf } from '../material/print-pdf.ts';
import type { Degradation } from '../material/scan-pages.ts';
import { scanPdf } from '../material/scan-pages.ts';
import { DEFAULT_REPAIR_OPTIONS, repairText } from '../repair.ts';
import { ocrImage } from '../tesseract.ts';

/** A clean plan to scan: its file name and its source text. */
export interface EvalPlan {
  name: string;
  text: string;
}

/** Accuracy at one degradation level, over all pages scanned at it. */
export interface LevelResult {
  level: Degradation['name'];
  pages: number;
  /** Syllables of the truth aligned with OCR tokens, over which the scores are counted. */
  syllables: number;
  before: Score;
  after: Score;
  changed: number;
  /** Seconds Tesseract spent reading the level's pages. */
  ocrSeconds: number;
}

/** What to measure. */
export interface ScanEvalOptions {
  plans: EvalPlan[];
  /** Names of the plans to scan (default: all); every plan still teaches the model when it is not under test. */
  only?: string[];
  /** Further clean texts the model learns from (never a plan under test). */
  learnFrom: string[];
  levels: Degradation[];
  /** Page of each plan to scan (1-based). */
  page: number;
  /** Doubt threshold (Tesseract confidence) for the repair's candidates. */
  doubtBelow?: number;
  browser: Browser;
  workDir: string;
  log?: (line: string) => void;
}

/** Runs the measurement; results per level, in the order of `levels`. */
export async function evaluateScans(options: ScanEvalOptions): Promise<LevelResult[]> {
  const totals = new Map(options.levels.map((l) => [l.name, { pages: 0, syllables: 0, before: { exact: 0, folded: 0 }, after: { exact: 0, folded: 0 }, changed: 0, ocrSeconds: 0 }]));
  const bodies = options.plans.map((p) => planLayout(p.text, p.name));
  for (const [index, plan] of options.plans.entries()) {
    if (options.only && !options.only.includes(plan.name)) continue;
    // Leave-one-out: the model learns from the other plans and the extra texts, never from this one.
    const others = bodies.filter((_, i) => i !== index).map((b) => b.plan.body);
    const model = buildLanguageModel([...others, ...options.learnFrom, placeNamesText()]);
    const dir = await mkdtemp(join(options.workDir, 'eval-'));
    try {
      const pdf = join(dir, 'plan.pdf');
      await writeFile(pdf, await printPdf(options.browser, planHtml(bodies[index]?.layout ?? planLayout(plan.text, plan.name).layout)));
      const p = String(options.page);
      const truth = readBboxLayout(await runTool('pdftotext', ['-bbox-layout', '-f', p, '-l', p, '-enc', 'UTF-8', pdf, '-'], pdf)).flat().join('\n');
      for (const level of options.levels) {
        const [image] = await scanPdf(pdf, dir, level, options.page, options.page);
        if (!image) throw new Error(`${plan.name}: page ${options.page} could not be rasterised`);
        const started = performance.now();
        const read = await ocrImage(image, image);
        const seconds = (performance.now() - started) / 1000;
        const doubtful = doubtfulTokens(read.words, options.doubtBelow);
        const repaired = repairText(read.text, model, DEFAULT_REPAIR_OPTIONS, (t) => doubtful.get(t));
        const accuracy = measureRepairAccuracy(read.text, repaired.text, truth);
        const total = totals.get(level.name);
        if (!total) continue;
        const n = accuracy.alignedSyllables;
        total.pages += 1;
        total.syllables += n;
        total.before.exact += accuracy.before.exact * n;
        total.before.folded += accuracy.before.folded * n;
        total.after.exact += accuracy.after.exact * n;
        total.after.folded += accuracy.after.folded * n;
        total.changed += repaired.changedTokens;
        total.ocrSeconds += seconds;
        options.log?.(`${plan.name} p.${options.page} ${level.name}: ${(100 * accuracy.before.exact).toFixed(1)} → ${(100 * accuracy.after.exact).toFixed(1)} % exact (${n} syllables, ${repaired.changedTokens} changed, ${seconds.toFixed(1)} s OCR)`);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return options.levels.map((level) => {
    const t = totals.get(level.name) ?? { pages: 0, syllables: 0, before: { exact: 0, folded: 0 }, after: { exact: 0, folded: 0 }, changed: 0, ocrSeconds: 0 };
    const per = (x: number): number => (t.syllables === 0 ? 0 : x / t.syllables);
    return {
      level: level.name,
      pages: t.pages,
      syllables: t.syllables,
      before: { exact: per(t.before.exact), folded: per(t.before.folded) },
      after: { exact: per(t.after.exact), folded: per(t.after.folded) },
      changed: t.changed,
      ocrSeconds: t.ocrSeconds,
    };
  });
}

const pct = (x: number): string => (100 * x).toFixed(1);

/** The results as a Markdown table, with the OCR speed under it. */
export function formatScanEval(results: LevelResult[]): string {
  const pages = results.reduce((s, r) => s + r.pages, 0);
  const seconds = results.reduce((s, r) => s + r.ocrSeconds, 0);
  return [
    '| level | pages | syllables | OCR exact % | repaired exact % | OCR folded % | repaired folded % | words changed |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((r) => `| ${r.level} | ${r.pages} | ${r.syllables} | ${pct(r.before.exact)} | ${pct(r.after.exact)} | ${pct(r.before.folded)} | ${pct(r.after.folded)} | ${r.changed} |`),
    '',
    `Tesseract read ${pages} pages in ${seconds.toFixed(0)} s: ${((60 * pages) / Math.max(seconds, 1e-9)).toFixed(1)} pages per minute (one thread per page).`,
  ].join('\n');
}
