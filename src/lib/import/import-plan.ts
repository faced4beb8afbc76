/**
 * One source text → one plan: layout, structure, metadata, closing block, front matter, slug.
 * Pure: the caller reads and writes the files (see import-files.ts).
 */
import type { PlanMeta } from '../plan/plan-meta.ts';
import { curatableFields } from '../plan/plan-schema.ts';
import type { PlanFile } from '../plan/read-plan-file.ts';
import { buildBlocks } from './build-blocks.ts';
import { checkCoverage } from './coverage.ts';
import { fitStructure } from './fit-structure.ts';
import { findCitations } from './find-citations.ts';
import type { ImportWarning } from './import-warning.ts';
import { joinParagraphs, typicalWidth } from './join-paragraphs.ts';
import { letterheadMottos } from './letterhead-cells.ts';
import { mergeCurated } from './merge-curated.ts';
import { planSlug } from './plan-slug.ts';
import { readClosing } from './read-closing.ts';
import { readHeader } from './read-header.ts';
import { renderMarkdown } from './render-markdown.ts';
import { readAttachedTo, readType } from './read-type.ts';
import { repairExtraction } from './repair-extraction.ts';
import { resolveIssuerWithHints } from './resolve-issuer.ts';
import { toSourceLines } from './source-lines.ts';
import { splitDocument } from './split-document.ts';
import { isOcrText } from './ocr-text.ts';

/** What importPlan needs besides the text. */
export interface ImportOptions {
  /** File name under content/sources/. */
  source: string;
  /** Path shown in errors. */
  path: string;
  /** The plan file this source produced before, if any: its slug, curated values and edited body are kept. */
  existing: { slug: string; file: PlanFile } | null;
  /** OCR repair of a Markdown text, line for line; null when no model is available. */
  repair: ((markdown: string) => string) | null;
  /** The text was read by OCR here (Tesseract): known, not guessed by the detector. */
  ocr?: boolean;
}

/** A plan ready to be written. */
export interface ImportedPlan {
  slug: string;
  meta: PlanMeta;
  body: string;
  /** For an OCR plan: the Markdown as OCR read it (content/originals/<slug>.md). */
  original: string | null;
  keptFields: string[];
  keptBody: boolean;
  /** The letterhead marks the text as a draft (DỰ THẢO, blank number or date). */
  draft: boolean;
  /** What the reader of the import should check (unknown type, unplaced source lines, …). */
  warnings: ImportWarning[];
}

function sentenceCase(text: string): string {
  return text.replace(/^(["“]?)(\p{Ll})/u, (_m, q: string, ch: string) => q + ch.toUpperCase());
}

/**
 * Imports one decoded source text. A text whose type or body cannot be read is imported with
 * warnings, never refused for its shape; throws FileError only when less than 98 % of its words
 * reached the plan (see coverage.ts).
 */
export function importPlan(source: string, options: ImportOptions): ImportedPlan {
  const text = repairExtraction(source);
  const warnings: ImportWarning[] = [];
  const lines = toSourceLines(text);
  const parts = splitDocument(lines);
  const paragraphs = joinParagraphs(parts.body, typicalWidth(parts.body));
  const { blocks, warnings: structureWarnings } = fitStructure(buildBlocks(paragraphs));
  if (blocks.length === 0) warnings.push({ line: parts.typeLine?.line ?? null, message: 'the document has no body text after its title' });

  const header = readHeader(parts.header);
  let title = sentenceCase(
    parts.title
      .map((l) => l.text)
      .join(' ')
      .replace(/\*\*/g, '')
      .replace(/^v\s*\/\s*v\s*:?\s*/i, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  const firstHeading = blocks.findIndex((b) => b.kind === 'heading');
  const opening = blocks
    .slice(0, firstHeading < 0 ? 1 : firstHeading)
    .map((b) => ('text' in b ? b.text : ''))
    .join(' ');
  let closing = readClosing(parts.closing);
  const attachedTo = header.number === null ? readAttachedTo([...parts.title, ...parts.body.slice(0, 4)].map((l) => l.text).join(' ')) : null;
  const number = header.number ?? attachedTo?.number ?? null;
  const type = readType(parts, number, opening);
  if (type === null) {
    warnings.push({
      line: null,
      message: 'no document type found (no type line such as KẾ HOẠCH, no kind code in the number, no "V/v" or "Kính gửi:"); the type is left empty',
    });
  }
  const issuer = resolveIssuerWithHints(header, title, opening, {
    number,
    authority: parts.authority?.text ?? null,
    onBehalf: closing.signer?.onBehalf ?? null,
  });

  const ocr = options.ocr ?? isOcrText(text);
  const asRead = renderMarkdown(blocks);
  // Before OCR repair: what is checked is that the structure lost nothing, not the repair's spelling.
  const coverageWarnings = checkCoverage(options.path, lines, new Set(parts.header.map((l) => l.line)), {
    fields: [type ?? '', parts.typeLine?.text ?? '', title, asRead, ...closing.recipients, ...Object.values(closing.signer ?? {}).map((v) => v ?? '')],
    letterhead: [
      ...[header.number, header.date, header.place, header.issuerLine, header.parentLine, issuer.issuer, issuer.province, issuer.district].map((v) => v ?? ''),
      ...letterheadMottos(parts.header),
    ],
  });
  let body = asRead;
  let original: string | null = null;
  if (ocr && options.repair) {
    const repair = options.repair;
    original = asRead;
    body = repair(renderMarkdown(blocks, { canonicalLabels: true }));
    title = repair(title);
    closing = {
      recipients: closing.recipients.map(repair),
      signer: closing.signer && {
        onBehalf: closing.signer.onBehalf && repair(closing.signer.onBehalf),
        title: closing.signer.title,
        // A person's name is no running text the model knows: left as read, for a curator to fix.
        name: closing.signer.name,
      },
    };
  } else if (ocr) {
    original = asRead;
  }
  if (title === '') title = type ?? 'Văn bản';

  const fresh: PlanMeta = {
    type,
    title,
    number,
    ...issuer,
    date: header.date ?? attachedTo?.date ?? null,
    cites: findCitations(`${title}\n${body}`, number),
    recipients: closing.recipients,
    signer: closing.signer,
    source: options.source,
    ocr,
    provenance: Object.fromEntries(curatableFields.map((f) => [f, 'extracted'])),
    bodyDigest: '',
  };
  const merged = mergeCurated(fresh, body, options.existing?.file ?? null);
  const slug =
    options.existing?.slug ??
    planSlug({
      place: merged.meta.district ?? merged.meta.province ?? merged.meta.issuer,
      number: merged.meta.number,
      date: merged.meta.date,
      type: merged.meta.type ?? 'van ban',
      source: options.source,
    });
  return { slug, ...merged, original, draft: header.draft, warnings: [...warnings, ...structureWarnings, ...coverageWarnings] };
}
