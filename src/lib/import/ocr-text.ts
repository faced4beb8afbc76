/**
 * The OCR side of an import: whether a source text was read by OCR, and its repair with a model
 * learnt from the clean plans (see src/lib/ocr/).
 */
import { detectOcr } from '../ocr/detect.ts';
import { placeNamesText } from '../ocr/gazetteer.ts';
import { buildLanguageModel } from '../ocr/language-model.ts';
import type { LanguageModel } from '../ocr/language-model.ts';
import { DEFAULT_REPAIR_OPTIONS, repairText } from '../ocr/repair.ts';

/** Whether a text is OCR output (share of damaged and unmarked words; see src/lib/ocr/detect.ts). */
export function isOcrText(text: string): boolean {
  return detectOcr(text).isOcr;
}

/** Builds the OCR repair model from clean texts and the province names (which restore "Quảng Ngãi"). */
export function buildRepairModel(cleanTexts: string[]): LanguageModel {
  return buildLanguageModel([...cleanTexts, placeNamesText()]);
}

/** Repairs OCR damage line for line (the line structure of a Markdown text is kept); with `doubtful` (token → Tesseract's confidence), only those words. */
export function repairOcrText(text: string, model: LanguageModel, doubtful?: Map<string, number>): string {
  const doubt = doubtful && ((token: string): number | undefined => doubtful.get(token));
  return repairText(text, model, DEFAULT_REPAIR_OPTIONS, doubt).text.replace(/[ \t]+$/gm, '');
}
