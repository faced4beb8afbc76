// OCR of scanned plans: detect it, repair it with a syllable model, measure the repair.
export { detectOcr } from './detect.ts';
export type { OcrDetection } from './detect.ts';
export { buildLanguageModel } from './language-model.ts';
export type { LanguageModel } from './language-model.ts';
export { placeNamesText } from './gazetteer.ts';
export { DEFAULT_REPAIR_OPTIONS, repairText } from './repair.ts';
export type { RepairOptions } from './repair.ts';
export { measureRepairAccuracy } from './accuracy.ts';
export type { RepairAccuracy } from './accuracy.ts';
export { formatAccuracyTable } from './accuracy-table.ts';
