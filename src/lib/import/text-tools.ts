/**
 * The text functions the importer uses, in one place: the encoding, Vietnamese and OCR modules'.
 */
import { decodeBytes as decodeLegacyAware } from '../encoding/index.ts';
import { detectOcr as detectOcrText } from '../ocr/detect.ts';
import { placeNamesText } from '../ocr/gazetteer.ts';
import { buildLanguageModel as buildModel } from '../ocr/language-model.ts';
import type { LanguageModel } from '../ocr/language-model.ts';
import { DEFAULT_REPAIR_OPTIONS, repairText as repair } from '../ocr/repair.ts';
import { canonicalDocumentNumber as canonicalNumber, normalizeText } from '../vietnamese/index.ts';

export { canonicalTones, foldDiacritics, normalizeText, slugify } from '../vietnamese/index.ts';

/** "256 - KH/TU" → "256-KH/TU"; a text the parser does not read is only stripped of spaces. */
export function canonicalDocumentNumber(text: string): string {
  return canonicalNumber(text) ?? text.replace(/\s+/g, '');
}

/** Decodes the bytes of a source file (UTF-8, UTF-16, TCVN3, VNI, VISCII, Windows-1258) and normalises it. */
export function decodeBytes(bytes: Uint8Array, fileName: string): string {
  return normalizeText(decodeLegacyAware(bytes, fileName).text);
}

/** Whether a text is OCR output (share of damaged and unmarked words; see src/lib/ocr/detect.ts). */
export function detectOcr(text: string): boolean {
  return detectOcrText(text).isOcr;
}

/** The OCR repair model learnt from clean plan bodies. */
export type RepairModel = LanguageModel;

/** Builds the OCR repair model from clean texts and the province names (which restore "Quảng Ngãi"). */
export function buildLanguageModel(cleanTexts: string[]): RepairModel {
  return buildModel([...cleanTexts, placeNamesText()]);
}

/** Repairs OCR damage line for line (the line structure of a Markdown text is kept); with `doubtful` (token → Tesseract's confidence), only those words. */
export function repairText(text: string, model: RepairModel, doubtful?: Map<string, number>): string {
  const doubt = doubtful && ((token: string): number | undefined => doubtful.get(token));
  return repair(text, model, DEFAULT_REPAIR_OPTIONS, doubt).text.replace(/[ \t]+$/gm, '');
}
