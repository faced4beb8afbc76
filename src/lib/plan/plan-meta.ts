/**
 * The metadata of one plan, as it stands in the front matter of `content/plans/<slug>.md`.
 * The importer writes it, a curator may correct it by hand, the indexer and the site read it.
 * The plan's slug is its file name; it is not repeated here. The types are those of the schema
 * (plan-schema.ts), so each field is written once.
 */
import type { z } from 'zod';
import type { curatableFields, planMetaSchema, signerSchema } from './plan-schema.ts';


/** Kinds of document in the chain from the Politburo's conclusion down to districts. */
export const documentTypes = [
  'Kế hoạch',
  'Chương trình hành động',
  'Nghị quyết',
  'Kết luận',
  'Quyết định',
  'Hướng dẫn',
  'Công văn',
  'Chỉ thị',
  'Thông báo',
  'Báo cáo',
  'Chương trình',
  'Thông tư',
  'Quy chế',
  'Quy định',
  'Đề án',
] as const;
export type DocumentType = (typeof documentTypes)[number];

/** Administrative level of the issuing body. */
export const planLevels = ['central', 'province', 'district', 'commune', 'agency'] as const;
export type PlanLevel = (typeof planLevels)[number];

/** Where a front-matter value came from: read off the text by the importer, or set by hand. */
export type Provenance = 'extracted' | 'curated';

/** The signature block: "T/M BAN THƯỜNG VỤ" / "PHÓ BÍ THƯ" / "Trần Đình Văn". */
export type Signer = z.infer<typeof signerSchema>;

/** Front matter of a plan file. A value the text does not give is null (or an empty list): never guessed. */
export type PlanMeta = z.infer<typeof planMetaSchema>;

/** Front-matter fields a curator may set by hand. */
export type CuratableField = (typeof curatableFields)[number];
