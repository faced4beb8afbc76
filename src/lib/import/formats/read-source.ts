/**
 * One function that reads any source file the importer accepts into the text shape it reads:
 * `.txt`/`.md` decoded as always, Word, PDF and scans through the readers of this folder.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { FileError } from '../../file-error.ts';
import { checkSourceSize, formatBytes, maxSourceBytes, readSource } from '../read-source.ts';
import { normalizeText } from '../../vietnamese/index.ts';
import type { OcrInfo, OcrProgress } from './ocr-info.ts';
import { readDoc } from './read-doc.ts';
import { readDocx } from './read-docx.ts';
import { readPdf } from './read-pdf.ts';
import { ocrImageFile } from './read-scan.ts';

export type { OcrInfo, OcrProgress } from './ocr-info.ts';

/** File extensions the importer reads, lower case. */
export const sourceExtensions = ['.txt', '.md', '.docx', '.doc', '.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff'];

/** Whether a file name has an extension the importer reads. */
export function isSourceFile(name: string): boolean {
  return sourceExtensions.includes(extname(name).toLowerCase());
}

/** A source read: its text, and for a source read by OCR here, what Tesseract saw. */
export interface SourceText {
  text: string;
  ocr: OcrInfo | null;
}

/**
 * The largest Word, PDF or image file the importer reads: 200 MiB. A 100-page plan scanned at
 * 300 dpi is some 30–60 MB; past the cap a file is more likely a whole archive than one document,
 * and OCR of it would run for hours (about 6 pages a minute here).
 */
export const maxBinarySourceBytes = 200 * 2 ** 20;

/** Reads one source file; errors name the file. */
export async function readSourceFile(path: string, progress?: OcrProgress): Promise<SourceText> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.txt' && ext !== '.md' && isSourceFile(path)) {
    await checkSourceSize(path, maxBinarySourceBytes, 'a Word, PDF or image source', 'split it into one file per document');
  }
  if (ext === '.docx') return checked(await readDocx(await readFile(path), path), path, null);
  if (ext === '.doc') return checked(await readDoc(path), path, null);
  if (ext === '.pdf') {
    const { text, ocr } = await readPdf(path, progress);
    return checked(text, path, ocr);
  }
  if (['.png', '.jpg', '.jpeg', '.tif', '.tiff'].includes(ext)) {
    const { text, ocr } = await ocrImageFile(path, progress);
    return checked(text, path, ocr);
  }
  // .txt, .md and anything named explicitly: read exactly as before (size cap, decoding).
  return { text: await readSource(path), ocr: null };
}

function checked(text: string, path: string, ocr: OcrInfo | null): SourceText {
  // The text a reader gives is held to the limit of a source text, as a .txt is.
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxSourceBytes) {
    throw new FileError({ file: path }, `its text is ${formatBytes(bytes)}, over the ${formatBytes(maxSourceBytes)} limit of a source text`, { hint: 'split it into one file per document' });
  }
  const normalized = normalizeText(text);
  if (normalized.trim() === '') {
    throw (ocr
      ? new FileError({ file: path }, 'OCR found no text on its pages', { hint: 'is the scan blank or upside down?' })
      : new FileError({ file: path }, 'the file has no text', { hint: 'if it is a scan, import it as a PDF or image' }));
  }
  return { text: normalized, ocr };
}
