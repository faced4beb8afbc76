// A scan of a seed, made here from its text (printed by Chromium, rasterised by pdftoppm, printed
// back into a PDF without a text layer), imports by OCR with ocr: true and its outline intact.
// Among the integration tests, which run one at a time: Tesseract keeps a core busy for a while.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSourceFile as readSource } from '../../../src/lib/import/formats/read-source.ts';
import { importPlan } from '../../../src/lib/import/import-plan.ts';
import type { ImportedPlan } from '../../../src/lib/import/import-plan.ts';
import { planHtml } from '../../../src/lib/ocr/material/plan-html.ts';
import { planLayout } from '../../../src/lib/ocr/material/plan-layout.ts';
import { imagesToPdf, launchChromium, printPdf } from '../../../src/lib/ocr/material/print-pdf.ts';
import { degradations, scanPdf } from '../../../src/lib/ocr/material/scan-pages.ts';
import { outline, seeds, sourceText } from '../../unit/import/seed-helpers.ts';

let dir = '';
let browser: Browser;

function importAs(text: string, source: string, ocr?: boolean): ImportedPlan {
  return importPlan(text, { source, path: source, existing: null, repair: null, ...(ocr ? { ocr } : {}) });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scan-'));
  browser = await launchChromium();
  const { layout } = planLayout(sourceText(seeds.unnamed), seeds.unnamed);
  await writeFile(join(dir, `${seeds.unnamed}.pdf`), await printPdf(browser, planHtml(layout)));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a scan of a seed', () => {
  it('is read by Tesseract page by page and imports with ocr: true and its outline intact', async () => {
    const name = seeds.unnamed;
    // The clean level: degrading costs ImageMagick half a minute a page; ocr-eval covers the others.
    const level = degradations.find((d) => d.name === 'clean');
    if (!level) throw new Error('no clean level');
    const pages = await scanPdf(join(dir, `${name}.pdf`), dir, level, 1, 3);
    const scan = join(dir, 'scan.pdf');
    await writeFile(scan, await imagesToPdf(browser, await Promise.all(pages.map((p) => readFile(p)))));
    const progress: number[] = [];
    const read = await readSource(scan, (done) => progress.push(done));
    expect(progress).toEqual([1, 2, 3]);
    expect(read.ocr?.pages).toBe(3);
    expect(read.ocr?.words.length).toBeGreaterThan(500);
    const got = importAs(read.text, name, true);
    expect(got.meta.ocr).toBe(true);
    expect(got.original).not.toBeNull();
    expect(outline(got.body)).toEqual(['2 I.', '2 II.', '3 1.', '3 2.', '3 3.', '2 III.']);
    expect(got.meta.number).toBe(importAs(sourceText(name), name).meta.number);
  }, 400_000);
});
