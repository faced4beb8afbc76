/** Turns one plan file (front matter + Markdown body) into its plan document and one document per section. */
import { categorizeSections } from '../categories/categorize-sections.ts';
import type { Taxonomy } from '../categories/taxonomy.ts';
import type { PlanMeta } from '../plan/plan-meta.ts';
import { alignOriginal } from '../sections/align-original.ts';
import { planAliases, sectionAliases } from './section-aliases.ts';
import { FileError } from '../file-error.ts';
import { parseSections } from '../sections/parse-sections.ts';
import type { PlanDocument } from './plan-document.ts';
import type { SectionDocument } from './section-document.ts';
import { foldLines } from '../sections/match-text.ts';
import { readTaskFieldsOfText } from '../sections/task-fields.ts';
import { toTelex } from '../vietnamese/index.ts';
import { openingHeading } from '../sections/opening-heading.ts';

/** The type facet's value for a plan whose type is unknown. */
export const unknownDocumentType = 'Chưa xác định';

/** Where the body came from and what to categorise it with. */
export interface PlanToDocumentsOptions {
  /** The plan file, for error messages: "content/plans/x.md". */
  file: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** For an OCR plan, the body of content/originals/<slug>.md: the same headings, the text as OCR read it. */
  originalBody?: string;
  /** The originals file, for error messages; defaults to content/originals/<slug>.md. */
  originalFile?: string;
  /** 1-based line of the originals file on which its body starts; defaults to 1. */
  originalBodyLine?: number;
  categories: Taxonomy;
}

const safeId = /^[a-z0-9_-]+$/u;

/**
 * The plan document (citedBy empty: see linkCitations) and the section documents of one plan.
 * Throws FileError (file:line:column) for a body or original whose structure is unusable.
 */
export function planToDocuments(
  slug: string,
  meta: PlanMeta,
  body: string,
  options: PlanToDocumentsOptions,
): { plan: PlanDocument; sections: SectionDocument[] } {
  if (!safeId.test(slug)) {
    throw new FileError({ file: options.file, line: 1, column: 1 }, `slug "${slug}" must contain only a-z, 0-9, "-" and "_"`, { hint: 'rename the file' });
  }
  // Each section's text folded line by line once, for its categories and its task fields.
  const sections = parseSections(body, options.file, options.bodyLine - 1).map((section) => ({ ...section, foldedLines: foldLines(section.text) }));
  const originals =
    options.originalBody === undefined
      ? null
      : alignOriginal(sections, options.originalBody, options.originalFile ?? `content/originals/${slug}.md`, (options.originalBodyLine ?? 1) - 1);
  const categories = categorizeSections(sections, options.categories);
  const timestamp = meta.date === null ? null : Date.parse(`${meta.date}T00:00:00Z`) / 1000;
  const year = meta.date === null ? null : Number(meta.date.slice(0, 4));
  // Who issued the plan, where and when: the same fields on every section document and on the plan document.
  const placeAndDate = {
    issuer: meta.issuer,
    level: meta.level,
    province: meta.province,
    provinceCode: meta.provinceCode,
    provinceNow: meta.provinceNow,
    provinceNowCode: meta.provinceNowCode,
    district: meta.district,
    date: meta.date,
    timestamp,
    year,
  };
  const provinceNames = planAliases(meta);
  const type = meta.type;
  const opening = openingHeading({ type, number: meta.number, title: meta.title });

  const documents = sections.map((section, i): SectionDocument => {
    const original = originals?.[i] ?? null;
    return {
      id: `${slug}__${section.anchor}`,
      planSlug: slug,
      anchor: section.anchor,
      path: section.path,
      heading: section.heading,
      breadcrumb: section.breadcrumb,
      documentHeading: section.order === 0 ? opening : '',
      order: section.order,
      depth: section.depth,
      text: section.text,
      markdown: section.markdown,
      textOriginal: original?.text ?? null,
      markdownOriginal: original?.markdown ?? null,
      telexHeading: toTelex(section.order === 0 ? `${section.heading} · ${opening}` : section.heading),
      telexBreadcrumb: toTelex(section.breadcrumb.join(' · ')),
      telex: toTelex(section.text),
      aliases: sectionAliases(`${section.heading}\n${section.text}`, provinceNames),
      repaired: meta.ocr,
      planTitle: meta.title,
      planType: type,
      documentType: type ?? unknownDocumentType,
      cites: meta.cites,
      planNumber: meta.number,
      ...placeAndDate,
      ...readTaskFieldsOfText(section.text, section.foldedLines),
      categories: categories[i] ?? [],
    };
  });

  const used = new Set(categories.flat());
  const plan: PlanDocument = {
    id: slug,
    slug,
    type: meta.type,
    title: meta.title,
    number: meta.number,
    ...placeAndDate,
    cites: meta.cites,
    citesPlans: [],
    citedBy: [],
    recipients: meta.recipients,
    signer: meta.signer,
    source: meta.source,
    ocr: meta.ocr,
    sectionCount: documents.length,
    categories: options.categories.categories.map((category) => category.id).filter((id) => used.has(id)),
    aliases: provinceNames,
  };
  return { plan, sections: documents };
}
