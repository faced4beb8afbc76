/**
 * `.pdf`: the text layer through poppler's pdftotext when it is sound; a PDF without one, or with a
 * broken one (no Vietnamese marks, glyph soup), goes to OCR page by page.
 */
import { detectOcr } from '../../ocr/detect.ts';
import type { OcrProgress } from './ocr-info.ts';
import type { ScanText } from './read-scan.ts';
import { ocrPdf } from './read-scan.ts';
import { readBboxLayout } from './pdf-layout-text.ts';
import { runTool } from '../../run-tool.ts';

/** Fewer words than this per page: the text layer is only page numbers or a stamp. */
const MIN_WORDS_PER_PAGE = 20;

/** Whether a PDF's text layer can stand for the document. */
export function isSoundTextLayer(text: string, pages: number): boolean {
  const detection = detectOcr(text);
  // A layer the OCR detector flags has lost its marks or is glyph soup: as bad as none.
  return detection.words >= MIN_WORDS_PER_PAGE * Math.max(pages, 1) * 0.5 && !detection.isOcr;
}

/** The text of a PDF, and the OCR information when it had to be read by OCR. */
export async function readPdf(path: string, progress?: OcrProgress): Promise<{ text: string; ocr: ScanText['ocr'] | null }> {
  // Reading order: the letterhead's columns come out one after the other, as the importer reads them.
  const pages = readBboxLayout(await runTool('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', path, '-'], path));
  const layer = pages.map((lines) => lines.join('\n')).join('\n');
  if (isSoundTextLayer(layer, pages.length)) return { text: `${layer}\n`, ocr: null };
  return ocrPdf(path, progress);
}
