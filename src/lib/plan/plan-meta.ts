/**
 * The metadata of one plan, as it stands in the front matter of `content/plans/<slug>.md`.
 * The importer writes it, a curator may correct it by hand, the indexer and the site read it.
 * The plan's slug is its file name; it is not repeated here.
 */

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
export interface Signer {
  /** "T/M BAN THƯỜNG VỤ", as written; null when the block has no such line. */
  onBehalf: string | null;
  /** "Phó Bí thư", in sentence case with canonical tone marks. */
  title: string | null;
  name: string | null;
}

/** Front matter of a plan file. A value the text does not give is null (or an empty list): never guessed. */
export interface PlanMeta {
  /** Null when nothing in the text tells the type (the import then warns). */
  type: DocumentType | null;
  /** The subject line under the document type, one line, e.g. "Triển khai thực hiện Kết luận số 57-KL/TW …". */
  title: string;
  /** Canonical document number: "254-KH/TU", "123/QĐ-UBND". */
  number: string | null;
  /** Issuing body with canonical tone marks: "Huyện ủy Sơn Hà", "Tỉnh ủy Quảng Ngãi". */
  issuer: string | null;
  level: PlanLevel | null;
  /** Province as the text names it, i.e. before 1 July 2025: "Ninh Thuận". */
  province: string | null;
  /** GSO code of `province` before 1 July 2025: "58". */
  provinceCode: string | null;
  /** The province it belongs to from 1 July 2025: "Khánh Hòa". */
  provinceNow: string | null;
  /** GSO code of `provinceNow`: "56". */
  provinceNowCode: string | null;
  /** District (huyện, thị xã, thành phố thuộc tỉnh) as the text names it: "Sơn Hà". */
  district: string | null;
  /** Issue date, ISO "YYYY-MM-DD". */
  date: string | null;
  /** Canonical numbers of the documents the text cites, in order of first mention. */
  cites: string[];
  /** Lines of the "Nơi nhận" list, without their leading dash and trailing comma. */
  recipients: string[];
  signer: Signer | null;
  /** File name of the raw source under `content/sources/`. */
  source: string;
  /** True when the source is the text of a scanned document read by OCR. */
  ocr: boolean;
  /** Per front-matter field: whether the value was extracted or curated. A curated value survives re-import. */
  provenance: Partial<Record<CuratableField, Provenance>>;
  /** SHA-256 of the body as the importer last wrote it; a body that no longer matches was edited by hand. */
  bodyDigest: string;
}

/** Front-matter fields a curator may set by hand. */
export type CuratableField = Exclude<keyof PlanMeta, 'provenance' | 'bodyDigest' | 'source'>;
