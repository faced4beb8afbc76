/** One source file through the importer, in memory, down to the fields the import eval compares. */
import { decodeSource } from '../import/decode-source.ts';
import { importPlan } from '../import/import-plan.ts';
import type { FieldValues } from './import-eval.ts';

/** What the import made of one file: its compared fields, or the error that refused it. */
export type ImportedFields = { fields: FieldValues; warnings: string[] } | { error: string };

/** Imports the bytes of one source (no OCR repair) and returns the fields the eval compares. */
export function importFields(bytes: Uint8Array, path: string, fileName: string): ImportedFields {
  try {
    const text = decodeSource(bytes, path, fileName);
    const { meta, warnings } = importPlan(text, { source: fileName, path, existing: null, repair: null });
    return {
      fields: {
        type: meta.type ?? '',
        issuer: meta.issuer ?? '',
        level: meta.level ?? '',
        province: meta.province ?? '',
        number: meta.number ?? '',
        date: meta.date ?? '',
      },
      warnings: warnings.map((w) => `${path}${w.line === null ? '' : `:${w.line}`}: ${w.message}`),
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
