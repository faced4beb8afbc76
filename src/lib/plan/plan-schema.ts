/** The one schema that validates a plan's front matter (PlanMeta). */
import { z } from 'zod';
import { documentTypes, planLevels } from './plan-meta.ts';
import type { CuratableField, PlanMeta } from './plan-meta.ts';

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
] as const satisfies readonly CuratableField[];

// Compile-time check that the list above names every curatable field.
type Missing = Exclude<CuratableField, (typeof curatableFields)[number]>;
const allCuratableListed: Missing extends never ? true : Missing = true;
void allCuratableListed;

/** Whether "YYYY-MM-DD" names a real day: "2024-02-29" does, "2024-02-30" (which Date reads as 1 March) does not. */
export function isCalendarDate(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const code = z.string().regex(/^\d{2}$/, 'must be a two-digit GSO code such as "51"');

const signerSchema = z
  .object({
    onBehalf: z.string().min(1).nullable(),
    title: z.string().min(1).nullable(),
    name: z.string().min(1).nullable(),
  })
  .strict();

/** Validates the front matter of `content/plans/<slug>.md`. */
export const planMetaSchema = z
  .object({
    type: z.enum(documentTypes).nullable(),
    title: z.string().min(1, 'must not be empty'),
    number: z.string().min(1).nullable(),
    issuer: z.string().min(1).nullable(),
    level: z.enum(planLevels).nullable(),
    province: z.string().min(1).nullable(),
    provinceCode: code.nullable(),
    provinceNow: z.string().min(1).nullable(),
    provinceNowCode: code.nullable(),
    district: z.string().min(1).nullable(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date "YYYY-MM-DD" (quote it if needed) or null')
      .refine(isCalendarDate, { error: (issue) => `must be a day of the calendar; ${String(issue.input)} is not one` })
      .nullable(),
    cites: z.array(z.string().min(1)),
    recipients: z.array(z.string().min(1)),
    signer: signerSchema.nullable(),
    source: z.string().min(1, 'must name the file under content/sources/'),
    ocr: z.boolean(),
    provenance: z.partialRecord(z.enum(curatableFields), z.enum(['extracted', 'curated'])),
    bodyDigest: z.string().regex(/^[0-9a-f]{64}$/, 'must be the SHA-256 (64 hex digits) the importer wrote'),
  })
  .strict() satisfies z.ZodType<PlanMeta>;

/** Front-matter keys in the order the importer writes them. */
export const planMetaKeys = Object.keys(planMetaSchema.shape) as Array<keyof PlanMeta>;
