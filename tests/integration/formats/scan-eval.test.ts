// The repair never makes Tesseract's reading worse: a page of seed 003, printed, scanned clean and
// harshly degraded, read by Tesseract and repaired by a model that never saw seed 003.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectOcr } from '../../../src/lib/ocr/detect.ts';
import { evaluateScans } from '../../../src/lib/ocr/eval/scan-eval.ts';
import type { LevelResult } from '../../../src/lib/ocr/eval/scan-eval.ts';
import { launchChromium } from '../../../src/lib/ocr/material/print-pdf.ts';
import { degradations } from '../../../src/lib/ocr/material/scan-pages.ts';
import { seeds, sourceText } from '../../unit/import/seed-helpers.ts';

let browser: Browser;
let workDir = '';
let results: LevelResult[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  workDir = await mkdtemp(join(tmpdir(), 'scan-eval-'));
  const real = new URL('../../fixtures/real/', import.meta.url);
  const learnFrom = readdirSync(real)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => readFileSync(new URL(n, real), 'utf8'))
    .filter((t) => !detectOcr(t).isOcr);
  const plans = [seeds.sonHa, seeds.lamDong, seeds.phanRang, seeds.unnamed].map((name) => ({ name, text: sourceText(name) }));
  results = await evaluateScans({
    plans,
    only: [seeds.unnamed],
    learnFrom,
    levels: degradations.filter((d) => d.name === 'clean' || d.name === 'harsh' || d.name === 'severe'),
    page: 2,
    browser,
    workDir,
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('the repair of a Tesseract reading, on a plan it did not learn from', () => {
  it('measures one page at each of the clean, harsh and severe levels', () => {
    expect(results.map((r) => [r.level, r.pages])).toEqual([['clean', 1], ['harsh', 1], ['severe', 1]]);
    for (const r of results) expect(r.syllables).toBeGreaterThan(300);
  });

  it('never scores below the raw OCR, exact or with marks folded', () => {
    for (const r of results) {
      expect(r.after.exact, `${r.level} exact`).toBeGreaterThanOrEqual(r.before.exact);
      expect(r.after.folded, `${r.level} folded`).toBeGreaterThanOrEqual(r.before.folded);
    }
  });

  it('gains at least five points of exact words on a severely degraded page', () => {
    const severe = results.find((r) => r.level === 'severe');
    expect(severe?.after.exact ?? 0).toBeGreaterThanOrEqual((severe?.before.exact ?? 1) + 0.05);
  });
});
