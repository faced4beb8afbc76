// Each format made from a seed's known text imports to the same plan as the text itself: Word
// (made with the docx package) and PDF (printed by Chromium); a scan (rasterised and read by
// Tesseract: tests/integration/formats/). The material is made here, in the set-up, never by hand.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSourceFile as readSource } from '../../../src/lib/import/formats/read-source.ts';
import { importFiles } from '../../../src/lib/import/import-files.ts';
import { importPlan } from '../../../src/lib/import/import-plan.ts';
import type { ImportedPlan } from '../../../src/lib/import/import-plan.ts';
import { planHtml } from '../../../src/lib/ocr/material/plan-html.ts';
import { planLayout } from '../../../src/lib/ocr/material/plan-layout.ts';
import { launchChromium, printPdf } from '../../../src/lib/ocr/material/print-pdf.ts';
import { outline, seeds, sourceText, words } from '../import/seed-helpers.ts';
import { planDocx } from './plan-docx.ts';

const clean = [seeds.sonHa, seeds.lamDong, seeds.phanRang, seeds.unnamed];
let dir = '';
let browser: Browser;

function importAs(text: string, source: string, ocr?: boolean): ImportedPlan {
  return importPlan(text, { source, path: source, existing: null, repair: null, ...(ocr ? { ocr } : {}) });
}

/** The metadata that must not depend on the format (the digest follows the body, compared apart). */
const metaOf = (plan: ImportedPlan): object => ({ ...plan.meta, bodyDigest: undefined });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'formats-'));
  browser = await launchChromium();
  for (const name of clean) {
    const { layout } = planLayout(sourceText(name), name);
    await writeFile(join(dir, `${name}.docx`), await planDocx(layout));
    await writeFile(join(dir, `${name}.pdf`), await printPdf(browser, planHtml(layout)));
  }
  // Word 97–2003 files, saved by LibreOffice from the .docx above (as an office would save them).
  const docx = clean.map((name) => join(dir, `${name}.docx`));
  await promisify(execFile)('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'doc', '--outdir', dir, ...docx], { timeout: 100_000 });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('Word (.docx) made from a seed', () => {
  it.each(clean)('imports %s to the same plan as its text: body, outline and metadata', async (name) => {
    const want = importAs(sourceText(name), name);
    const read = await readSource(join(dir, `${name}.docx`));
    expect(read.ocr).toBeNull();
    const got = importAs(read.text, name);
    expect(outline(got.body)).toEqual(outline(want.body));
    expect(got.body).toBe(want.body);
    expect(metaOf(got)).toEqual(metaOf(want));
  });

  it('reads the letterhead table as cells, line against line', async () => {
    const read = await readSource(join(dir, `${seeds.sonHa}.docx`));
    expect(read.text.split('\n').slice(0, 4)).toEqual([
      '| ĐẢNG BỘ TỈNH QUẢNG NGÃI | ĐẢNG CỘNG SẢN VIỆT NAM |',
      '|---|---|',
      '| HUYỆN ỦY SƠN HÀ | Sơn Hà, ngày 20 tháng 8 năm 2024 |',
      '| Số 162-KH/HU | |',
    ]);
  });
});

describe('npm run import of a Word file', () => {
  it('writes the plan and keeps the .docx itself in sources/', async () => {
    const dirs = { sources: join(dir, 'sources'), plans: join(dir, 'plans'), originals: join(dir, 'originals') };
    await Promise.all(Object.values(dirs).map((d) => mkdir(d, { recursive: true })));
    const file = join(dir, 'son-ha.docx');
    await writeFile(file, await readFile(join(dir, `${seeds.sonHa}.docx`)));
    const [result] = (await importFiles([file], dirs)).files;
    if (result?.status !== 'imported') throw new Error(`not imported: ${JSON.stringify(result)}`);
    expect(result.slug).toBe('son-ha-162-kh-hu-2024');
    expect(result.meta.source).toBe('son-ha.docx');
    expect(result.meta.ocr).toBe(false);
    expect((await readFile(join(dirs.sources, 'son-ha.docx'))).equals(await readFile(file))).toBe(true);
    expect(await readFile(join(dirs.plans, 'son-ha-162-kh-hu-2024.md'), 'utf8')).toContain('\nsource: son-ha.docx\n');
  });

  it('stops with the file named when a .docx is not a Word file', async () => {
    const file = join(dir, 'broken.docx');
    await writeFile(file, 'not a zip');
    await expect(readSource(file)).rejects.toThrow(`${file}: not a readable Word (.docx) file; open it in Word and save it again as .docx`);
  });
});

describe('Word 97–2003 (.doc) saved from a seed by LibreOffice', () => {
  it.each(clean)('imports %s with the same outline, words and metadata as its text', async (name) => {
    const want = importAs(sourceText(name), name);
    const read = await readSource(join(dir, `${name}.doc`));
    expect(read.ocr).toBeNull();
    const got = importAs(read.text, name);
    expect(outline(got.body)).toEqual(outline(want.body));
    // antiword writes no automatic list numbers ("1." of a Word-numbered list item): every other word stays.
    const notNumber = (word: string) => !/^\d+$/.test(word);
    expect(words(got.body).filter(notNumber)).toEqual(words(want.body).filter(notNumber));
    expect(metaOf(got)).toEqual(metaOf(want));
  });
});

describe('PDF with a text layer, printed from a seed by Chromium', () => {
  it.each(clean)('imports %s with the same outline, words and metadata as its text', async (name) => {
    const want = importAs(sourceText(name), name);
    const read = await readSource(join(dir, `${name}.pdf`));
    expect(read.ocr).toBeNull();
    const got = importAs(read.text, name);
    expect(outline(got.body)).toEqual(outline(want.body));
    expect(words(got.body)).toEqual(words(want.body));
    expect({ ...metaOf(got), cites: got.meta.cites }).toEqual(metaOf(want));
  });
});
