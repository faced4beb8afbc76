/** What a source read by OCR here carries besides its text. */
import type { OcrWord } from '../../ocr/tesseract-tsv.ts';

/** The OCR of one source: its page count and every word with Tesseract's confidence. */
export interface OcrInfo {
  pages: number;
  words: OcrWord[];
}

/** Called after each page is read, for a progress bar. */
export type OcrProgress = (done: number, total: number, path: string) => void;
