/** The one schema that validates a plan's front matter (PlanMeta). */
import { z } from 'zod';
import { documentTypes, planLevels } from './plan-meta.ts';
import type { PlanMeta, Provenance } from './plan-meta.ts';

/** Front-matter fields a curator may set by hand, in file order. */
export const curatableFields = [
  'type',
  'title',
  'number',
  'issuer',
  'level',
  'province',
  'provinceCode',
  'provinceNow',
  'provinceNowCode',
  'district',
  'date',
  'cites',
  'recipients',
  'signer',
  'ocr',
] as const;

/** Whether "YYYY-MM-DD" names a real day: "2024-02-29" does, "2024-02-30" (which Date reads as 1 March) does not. */
export function isCalendarDate(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const code = z.string().regex(/^\d{2}$/, 'must be a two-digit GSO code such as "51"');

/** Validates the signature block (Signer). */
export const signerSchema = z
  .object({
    /** "T/M BAN THƯỜNG VỤ", as written; null when the block has no such line. */
    onBehalf: z.string().min(1).nullable(),
    /** "Phó Bí thư", in sentence case with canonical tone marks. */
    title: z.string().min(1).nullable(),
    name: z.string().min(1).nullable(),
  })
  .strict();

/** Validates the front matter of `content/plans/<slug>.md`: the one source of PlanMeta's type. */
export const planMetaSchema = z
  .object({
    /** Null when nothing in the text tells the type (the import then warns). */
    type: z.enum(documentTypes).nullable(),
    /** The subject line under the document type, one line, e.g. "Triển khai thực hiện Kết luận số 57-KL/TW …". */
    title: z.string().min(1, 'must not be empty'),
    /** Canonical document number: "254-KH/TU", "123/QĐ-UBND". */
    number: z.string().min(1).nullable(),
    /** Issuing body with canonical tone marks: "Huyện ủy Sơn Hà", "Tỉnh ủy Quảng Ngãi". */
    issuer: z.string().min(1).nullable(),
    /** Administrative level of the issuing body. */
    level: z.enum(planLevels).nullable(),
    /** Province as the text names it, i.e. before 1 July 2025: "Ninh Thuận". */
    province: z.string().min(1).nullable(),
    /** GSO code of `province` before 1 July 2025: "58". */
    provinceCode: code.nullable(),
    /** The province it belongs to from 1 July 2025: "Khánh Hòa". */
    provinceNow: z.string().min(1).nullable(),
    /** GSO code of `provinceNow`: "56". */
    provinceNowCode: code.nullable(),
    /** District (huyện, thị xã, thành phố thuộc tỉnh) as the text names it: "Sơn Hà". */
    district: z.string().min(1).nullable(),
    /** Issue date, ISO "YYYY-MM-DD". */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date "YYYY-MM-DD" (quote it if needed) or null')
      .refine(isCalendarDate, { error: (issue) => `must be a day of the calendar; ${String(issue.input)} is not one` })
      .nullable(),
    /** Canonical numbers of the documents the text cites, in order of first mention. */
    cites: z.array(z.string().min(1)),
    /** Lines of the "Nơi nhận" list, without their leading dash and trailing comma. */
    recipients: z.array(z.string().min(1)),
    signer: signerSchema.nullable(),
    /** File name of the raw source under `content/sources/`. */
    source: z.string().min(1, 'must name the file under content/sources/'),
    /** True when the source is the text of a scanned document read by OCR. */
    ocr: z.boolean(),
    /** Per front-matter field: whether the value was extracted or curated. A curated value survives re-import. */
    provenance: z.partialRecord(z.enum(curatableFields), z.enum(['extracted', 'curated'] as const satisfies readonly Provenance[])),
    /** SHA-256 of the body as the importer last wrote it; a body that no longer matches was edited by hand. */
    bodyDigest: z.string().regex(/^[0-9a-f]{64}$/, 'must be the SHA-256 (64 hex digits) the importer wrote'),
  })
  .strict();

// Compile-time check that curatableFields names every field but provenance, bodyDigest and source.
type Missing = Exclude<keyof PlanMeta, (typeof curatableFields)[number] | 'provenance' | 'bodyDigest' | 'source'>;
const allCuratableListed: Missing extends never ? true : Missing = true;
void allCuratableListed;

/** Front-matter keys in the order the importer writes them. */
export const planMetaKeys = Object.keys(planMetaSchema.shape) as Array<keyof PlanMeta>;
