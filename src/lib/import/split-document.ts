/**
 * Layout of a whole document: the letterhead block, the document-type line ("KẾ HOẠCH", or the
 * type with its title on the same line), the title under it, the body, and the closing block
 * (Nơi nhận + signature). A document without a type line (a web copy that lost it, a letter) has
 * its letterhead, then its title or "V/v" subject, then the body, which starts at the preamble,
 * "Kính gửi:", the first numbered heading or the first running paragraph. A decision whose
 * articles wrap an attached plan, and a document attached after the signature, continue the body.
 */
import type { DocumentType } from '../plan/plan-meta.ts';
import { letterheadCells } from './letterhead-cells.ts';
import { isRecipientsStart, isSignatureStart, readMarker } from './markers.ts';
import { splitOrganisations } from './read-organisations.ts';
import { isAddressLine, isSubjectLine, readTypeHead } from './read-type.ts';
import type { SourceLine } from './source-lines.ts';
import { foldDiacritics } from '../vietnamese/index.ts';

/** A source split into its parts; every list holds source lines without separators. */
export interface DocumentParts {
  header: SourceLine[];
  /** The document-type line, or the "V/v" subject line of a letter. */
  typeLine: SourceLine | null;
  /** The type the type line names (null without one: see read-type.ts for the other clues). */
  type: DocumentType | null;
  title: SourceLine[];
  /** The authority that decides, named under the title: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" (also in the body). */
  authority: SourceLine | null;
  body: SourceLine[];
  closing: SourceLine[];
}

/** The document type a line names on its own ("KẾ HOẠCH", OCR "KE HOACH", "K ÉT LUẬN"), if it is such a line. */
export function readTypeLine(text: string): DocumentType | null {
  const head = readTypeHead(text);
  return head && head.rest === '' ? head.type : null;
}

const preambleStart = /^(?:[-–]\s*)?(thuc hien|can cu|thi hanh|kinh gui|xet de nghi|theo de nghi|trong thoi gian|ngay \d|hoi nghi|sau khi|de (trien khai|thuc hien|chuan bi))\b/;
const hasLowerCase = (text: string): boolean => /\p{Ll}/u.test(text);

/** True for the line the body opens with: a preamble, "Kính gửi:", a numbered heading or an article, running text. */
function isBodyStart(text: string): boolean {
  const folded = foldDiacritics(text);
  if (hasLowerCase(text) && preambleStart.test(folded)) return true;
  if (isAddressLine(text)) return true;
  const marker = readMarker(text);
  if (marker && ['roman', 'decimal', 'article'].includes(marker.kind)) return true;
  if (/^(chuong\s+([ivxl]+|\d+)|phan thu\s+\S+)(\W|$)/.test(folded) && text.length < 60) return true;
  // An item of a preamble's list of grounds ("Luật … ngày 22 tháng 6 năm 2015;").
  if (text.endsWith(';') && hasLowerCase(text) && !text.includes('|')) return true;
  const lower = (text.match(/\p{Ll}/gu) ?? []).length;
  return text.length > 160 && lower > text.length * 0.5;
}

/** True for a line that belongs to a letterhead: names, number, place-date, motto, rules and cells. */
function isLetterheadLine(lines: SourceLine[], i: number): boolean {
  const line = lines[i];
  if (!line) return false;
  if (line.separator || line.text.includes('|') || !/[\p{L}\d]/u.test(line.text)) return true;
  const cells = letterheadCells([line]);
  if (cells.every((c) => c.kind !== 'fragment')) return true;
  // "Hưng" / "Yên, ngày 18 …": a place cut before its date line.
  const next = lines[i + 1];
  return cells.length === 1 && next !== undefined && letterheadCells([next]).some((c) => c.kind === 'date') && line.text.split(/\s+/).length <= 3;
}

/** True for the line naming the deciding authority under a title ("ỦY BAN NHÂN DÂN TỈNH", "THỦ TƯỚNG CHÍNH PHỦ"). */
function isAuthorityLine(text: string): boolean {
  if (hasLowerCase(text)) return false;
  if (/^(chu tich|bo truong|thu tuong|chanh an|tong kiem toan)\b/.test(foldDiacritics(text))) return true;
  const first = splitOrganisations(text)[0];
  return first?.at === 0 && (first.kind === 'council' || first.kind === 'central' || first.kind === 'committee');
}

function titleEnds(line: SourceLine, titleSoFar: SourceLine[]): boolean {
  if (line.separator || !/[\p{L}\d]/u.test(line.text)) return true;
  if (titleSoFar.length === 0) return false;
  if (titleSoFar.length >= 6) return true;
  const first = titleSoFar[0]?.text ?? '';
  if (first.startsWith('**') && titleSoFar.length === 1) return true;
  if (line.text.startsWith('(')) return true;
  if (readMarker(line.text) && readMarker(line.text)?.kind !== 'bold') return true;
  if (isAuthorityLine(line.text)) return true;
  return /^\p{Lu}/u.test(line.text) && hasLowerCase(line.text) && preambleStart.test(foldDiacritics(line.text));
}

function closingStart(lines: SourceLine[], from: number): number {
  for (let i = from; i < lines.length; i += 1) {
    const text = lines[i]?.text ?? '';
    if (isRecipientsStart(text) || isSignatureStart(text)) return i;
  }
  return lines.length;
}

/** True for a line of an attached document's own letterhead: a body's name, a motto, a rule, a number or date. */
function isAttachmentLetterhead(line: SourceLine): boolean {
  if (isSignatureStart(line.text)) return false;
  const cells = letterheadCells([line]);
  if (cells.length === 0) return true;
  return cells.every(
    (c) =>
      c.kind === 'number' ||
      c.kind === 'date' ||
      c.kind === 'boundary' ||
      (c.kind === 'name' && (splitOrganisations(c.text)[0]?.kind !== 'department' || /^(tinh|thanh pho|huyen|xa|phuong|thi xa|thi tran|quan) /.test(foldDiacritics(c.text)))),
  );
}

// A title line in capitals, longer than a signer's title ("PHÓ CHỦ TỊCH").
const isCapitalTitle = (line: SourceLine): boolean =>
  !hasLowerCase(line.text) && line.text.length > 15 && !isSignatureStart(line.text) && /\p{Lu}{2,}/u.test(line.text);

/**
 * Where an attached document resumes the body inside a closing block, or -1: its type line
 * ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "QUY CHẾ LÀM VIỆC"), an appendix or a table; `from` is
 * where its own letterhead starts (dropped: it repeats the issuer).
 */
function resumeIndex(closing: SourceLine[]): { at: number; from: number } {
  const at = closing.findIndex((l, i) => {
    if (i === 0) return false;
    const head = readTypeHead(l.text);
    const typeLine = head !== null && (head.rest === '' || !hasLowerCase(head.rest));
    return typeLine || /^(phu luc|\(?ban hanh kem theo)\b/.test(foldDiacritics(l.text)) || l.text.startsWith('|');
  });
  if (at < 0) return { at, from: at };
  // "(Ban hành kèm theo Quyết định số …)" under an attachment's title in capitals: the title starts the body.
  if (/^\(?ban hanh kem theo\b/.test(foldDiacritics(closing[at]?.text ?? ''))) {
    let title = at;
    while (title - 1 > 0 && isCapitalTitle(closing[title - 1] as SourceLine)) title -= 1;
    return { at: title, from: title };
  }
  let from = at;
  while (from - 1 > 0 && closing[from - 1] && isAttachmentLetterhead(closing[from - 1] as SourceLine)) from -= 1;
  return { at, from };
}

/** Splits the source lines of one document into its parts. */
export function splitDocument(lines: SourceLine[]): DocumentParts {
  const window = lines.slice(0, 60);
  const found = window.findIndex((l) => !l.separator && isBodyStart(l.text));
  const bodyStart = found < 0 ? window.length : found;
  const firstContent = lines.findIndex((l) => !l.separator);
  // A sentence-case title opens a web copy only when no letterhead follows it (else it is the page's title).
  const letterheadBelow = lines
    .slice(firstContent + 1, bodyStart)
    .some((l) => letterheadCells([l]).some((c) => c.kind === 'number' || c.kind === 'date'));
  const typeIndex = lines
    .slice(0, Math.min(bodyStart, 40))
    .findIndex((l, i) => !l.separator && readTypeHead(l.text, i === firstContent && !letterheadBelow) !== null);

  let header: SourceLine[] = [];
  let typeLine: SourceLine | null = null;
  let type: DocumentType | null = null;
  const title: SourceLine[] = [];
  let i: number;
  if (typeIndex >= 0) {
    header = lines.slice(0, typeIndex);
    typeLine = lines[typeIndex] ?? null;
    const head = typeLine ? readTypeHead(typeLine.text, typeIndex === firstContent && !letterheadBelow) : null;
    type = head?.type ?? null;
    if (head && typeLine && head.rest !== '') title.push({ text: head.rest, line: typeLine.line });
    for (i = typeIndex + 1; i < lines.length; i += 1) {
      const line = lines[i];
      if (!line || titleEnds(line, title)) break;
      title.push(line);
    }
  } else {
    // No type line: the letterhead's lines, then the title or a letter's "V/v" subject, up to the body.
    const leading = found < 0 ? window.findIndex((_, k) => !isLetterheadLine(window, k)) : bodyStart;
    const end = leading < 0 ? window.length : leading;
    for (let k = 0; k < end; k += 1) {
      const line = lines[k] as SourceLine;
      if (isLetterheadLine(lines, k) && !isSubjectLine(line.text)) header.push(line);
      else if (!line.separator) title.push(line);
    }
    typeLine = title.find((l) => isSubjectLine(l.text)) ?? null;
    i = end;
  }
  while (lines[i]?.separator || (lines[i] && !/[\p{L}\d]/u.test(lines[i]?.text ?? ''))) i += 1;
  const authority = lines[i] && isAuthorityLine(lines[i]?.text ?? '') ? (lines[i] ?? null) : null;

  const rest = lines.slice(i).filter((l) => !l.separator);
  const body: SourceLine[] = [];
  let closing: SourceLine[] = [];
  let cursor = rest;
  for (let guard = 0; guard < 5 && cursor.length > 0; guard += 1) {
    const start = closingStart(cursor, 0);
    for (let j = 0; j < start; j += 1) body.push(cursor[j] as SourceLine);
    const block = cursor.slice(start);
    const resume = resumeIndex(block);
    if (closing.length === 0) closing = resume.at < 0 ? block : block.slice(0, resume.from);
    cursor = resume.at < 0 ? [] : block.slice(resume.at);
    if (resume.at >= 0 && cursor[0]) body.push(cursor.shift() as SourceLine);
  }
  return { header, typeLine, type, title, authority, body, closing };
}
