/**
 * One Meilisearch document per plan section: the indexing unit of the project.
 * A section is a heading up to the next heading of the same or higher rank (mdast-util-heading-range's
 * notion); its text is its own, not its children's. The text before the first heading is the
 * preamble section (anchor "mo-dau").
 */
export interface SectionDocument {
  /** `${planSlug}__${anchor}`: unique, stable across reindexing, Meilisearch-safe ([a-z0-9_-]). */
  id: string;
  planSlug: string;
  /** URL fragment: number path lower-cased and dashed ("III.2.4" → "iii-2-4"); unnumbered headings get a stable slug. */
  anchor: string;
  /** Number path of the section: "III.2.4"; "" for an unnumbered heading and the preamble. */
  path: string;
  /** Heading text as shown, with its own number: "2.4. Đẩy mạnh đấu tranh phản bác …". */
  heading: string;
  /** Headings of the enclosing sections, outermost first; searched below the section's own heading, above its text. */
  breadcrumb: string[];
  /**
   * For the plan's opening section (order 0): its type, number in the forms people write it and
   * title (see opening-heading.ts), searched at heading rank; "" for every other section.
   */
  documentHeading: string;
  /** Position of the section in its plan, from 0. */
  order: number;
  /** Markdown heading depth (2–6); 1 for the preamble. */
  depth: number;
  /** The section's own plain text (for OCR plans: the repaired text). */
  text: string;
  /** The section's own Markdown, for display on the plan page. */
  markdown: string;
  /** For OCR plans: the section's text as OCR read it; null otherwise. */
  textOriginal: string | null;
  /** For OCR plans: the section's Markdown as OCR read it; null otherwise. */
  markdownOriginal: string | null;
  /** Lossless Telex-like ASCII encoding of the heading and document heading, so exact diacritics can rank first (and a heading match above a text match). */
  telexHeading: string;
  /** Telex encoding of the breadcrumb (the parents' headings). */
  telexBreadcrumb: string;
  /** Lossless Telex-like ASCII encoding of the text. */
  telex: string;
  /** Words the text implies without saying them: long forms of abbreviations, province names before/after 2025. */
  aliases: string[];
  /** True when `text` is OCR-repaired text. */
  repaired: boolean;

  // The plan's metadata, flattened for filtering, faceting and display.
  planTitle: string;
  /** The document type as the front matter gives it; null when unknown. */
  planType: string | null;
  /** The type facet: `planType`, or "Chưa xác định" when unknown (a facet cannot count null). */
  documentType: string;
  /** Canonical numbers of the documents the plan cites (57-KL/TW, 47/NQ-CP, …): what it implements. */
  cites: string[];
  planNumber: string | null;
  issuer: string | null;
  level: string | null;
  province: string | null;
  provinceCode: string | null;
  provinceNow: string | null;
  provinceNowCode: string | null;
  district: string | null;
  /** ISO date of the plan. */
  date: string | null;
  /** The plan's date as a Unix timestamp (seconds, UTC midnight), for range filters and sorting. */
  timestamp: number | null;
  year: number | null;

  // Task fields found in the section itself.
  /** "Cơ quan chỉ đạo", as canonical agency names. */
  leadAgencies: string[];
  /** "Cơ quan tham mưu, thực hiện" / "Cơ quan chủ trì", as canonical agency names. */
  agencies: string[];
  /** Deadline as written: "Trong quý III/2023", "Thường xuyên". */
  deadline: string | null;
  /** Parsed deadline range (Unix seconds, inclusive), where the text gives one. */
  deadlineFrom: number | null;
  deadlineTo: number | null;
  /** True for "Thường xuyên" and other standing tasks. */
  recurring: boolean;
  /** Task category ids from `content/categories.yaml`, own or inherited from the heading path. */
  categories: string[];
}
