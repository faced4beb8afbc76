/**
 * Scans: a PDF without a usable text layer is rasterised page by page with poppler's pdftoppm
 * (300 dpi, grey) and each page read by Tesseract; an image file is read as it is.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { restorePartNumbers } from '../../ocr/heading-numbers.ts';
import { ocrImage } from '../../ocr/tesseract.ts';
import type { OcrPage } from '../../ocr/tesseract-tsv.ts';
import type { OcrInfo, OcrProgress } from './ocr-info.ts';
import { runTool } from '../../run-tool.ts';

/** The OCR text of a source, pages in order, and its words with their confidences. */
export interface ScanText {
  text: string;
  ocr: OcrInfo;
}

function joinPages(pages: OcrPage[]): ScanText {
  // Part numbers back in sequence before the importer builds the outline from them.
  return { text: `${restorePartNumbers(pages.map((p) => p.text).join('\n'))}\n`, ocr: { pages: pages.length, words: pages.flatMap((p) => p.words) } };
}

/** Number of pages of a PDF, from pdfinfo. */
async function pdfPages(path: string): Promise<number> {
  const info = await runTool('pdfinfo', [path], path);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  return Number.isFinite(pages) ? pages : 0;
}

/** Reads every page of a PDF by OCR. */
export async function ocrPdf(path: string, progress?: OcrProgress): Promise<ScanText> {
  const total = await pdfPages(path);
  const dir = await mkdtemp(join(tmpdir(), 'ocr-'));
  try {
    const pages: OcrPage[] = [];
    for (let page = 1; page <= total; page += 1) {
      const base = join(dir, `page-${page}`);
      await runTool('pdftoppm', ['-r', '300', '-gray', '-png', '-f', String(page), '-l', String(page), '-singlefile', path, base], path);
      pages.push(await ocrImage(`${base}.png`, path));
      await rm(`${base}.png`, { force: true });
      progress?.(page, total, path);
    }
    return joinPages(pages);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Reads a page image (PNG, JPEG, TIFF) by OCR. */
export async function ocrImageFile(path: string, progress?: OcrProgress): Promise<ScanText> {
  const page = await ocrImage(path, path);
  progress?.(1, 1, path);
  return joinPages([page]);
}
