// Tesseract 5 with Debian's Vietnamese model, one page image at a time, TSV out (for confidences).
import { runTool } from '../run-tool.ts';
import type { OcrPage } from './tesseract-tsv.ts';
import { readTesseractTsv } from './tesseract-tsv.ts';

/** Reads one page image (PNG, JPEG, TIFF) with `tesseract -l vie`; `source` names the file in errors. */
export async function ocrImage(image: string, source: string): Promise<OcrPage> {
  // One thread per page: on a shared machine Tesseract's OpenMP threads cost more than they bring.
  const tsv = await runTool('tesseract', [image, '-', '-l', 'vie', '--psm', '3', 'tsv'], source, { OMP_THREAD_LIMIT: '1' });
  return readTesseractTsv(tsv);
}
