// npm run ocr-eval [-- --page 2] [--doubt 95] [--levels clean,mild,moderate,harsh]
// Word accuracy of Tesseract and of the repair on scans of the four clean seeds at four
// degradation levels (clean, mild, moderate, harsh), the repair's model learnt leave-one-out.
// The seeds are read from CONTENT_DIR/sources (default content/).

import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { configOrExit } from '../src/lib/config.ts';
import { detectOcr } from '../src/lib/ocr/detect.ts';
import { DOUBT_BELOW } from '../src/lib/ocr/doubtful.ts';
import { evaluateScans, formatScanEval } from '../src/lib/ocr/eval/scan-eval.ts';
import { launchChromium } from '../src/lib/ocr/material/print-pdf.ts';
import { degradations } from '../src/lib/ocr/material/scan-pages.ts';
import { normalizeText } from '../src/lib/vietnamese/index.ts';

const root = join(import.meta.dirname, '..');
const config = configOrExit();
const { values } = parseArgs({ options: { page: { type: 'string', default: '2' }, doubt: { type: 'string', default: String(DOUBT_BELOW) }, levels: { type: 'string', default: degradations.map((d) => d.name).join(',') } } });
const levels = degradations.filter((d) => (values.levels ?? '').split(',').includes(d.name));

// 1. The plans under test: the clean seeds. The extra learning texts: the real documents of the
//    fixtures that read as clean (never a seed, never OCR).
const seeds = ['000_9477ffea8052fa6f.txt', '001_07a092d0322db4f3.txt', '002_77ca847e3468c6de.txt', '003_e8b47874f182bd64.txt'];
const plans = seeds.map((name) => ({ name, text: normalizeText(readFileSync(join(config.CONTENT_DIR, 'sources', name), 'utf8')) }));
const realDir = join(root, 'tests/fixtures/real');
const learnFrom = readdirSync(realDir)
  .filter((n) => n.endsWith('.txt'))
  .map((n) => normalizeText(readFileSync(join(realDir, n), 'utf8')))
  .filter((t) => !detectOcr(t).isOcr);

// 2. Print, scan, read and repair each plan's page at each level.
const browser = await launchChromium();
const workDir = await mkdtemp(join(tmpdir(), 'ocr-eval-'));
try {
  const results = await evaluateScans({
    plans,
    learnFrom,
    levels,
    page: Number(values.page),
    doubtBelow: Number(values.doubt),
    browser,
    workDir,
    log: (line) => console.error(line),
  });
  // 3. The table.
  console.log(`Page ${values.page} of seeds 000–003, each repaired by a model that never saw it (learnt from the other seeds and ${learnFrom.length} real documents); doubt below confidence ${values.doubt}.\n`);
  console.log(formatScanEval(results));
} finally {
  await browser.close();
  await rm(workDir, { recursive: true, force: true });
}
