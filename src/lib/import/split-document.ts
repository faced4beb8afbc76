/**
 * Layout of a whole document: the letterhead block, the document-type line ("KẾ HOẠCH"), the title
 * under it, the body, and the closing block (Nơi nhận + signature). A decision whose articles wrap
 * an attached plan, and an appendix after the signature, continue the body.
 */
import { documentTypes } from '../plan/plan-meta.ts';
import type { DocumentType } from '../plan/plan-meta.ts';
import { isRecipientsStart, isSignatureStart, readMarker } from './markers.ts';
import type { SourceLine } from './source-lines.ts';
import { foldDiacritics } from './text-tools.ts';

/** A source split into its parts; every list holds source lines without separators. */
export interface DocumentParts {
  header: SourceLine[];
  /** The document-type line, or the "V/v" subject line of a letter (Công văn). */
  typeLine: SourceLine | null;
  type: DocumentType | null;
  title: SourceLine[];
  body: SourceLine[];
  closing: SourceLine[];
}

const typeByFold = new Map<string, DocumentType>(documentTypes.map((t) => [foldDiacritics(t), t]));

/** The document type a line names on its own ("KẾ HOẠCH", OCR "KE HOACH"), if it is such a line. */
export function readTypeLine(text: string): DocumentType | null {
  const bare = text.replace(/\*\*/g, '').trim();
  if (bare !== bare.toUpperCase()) return null;
  return typeByFold.get(foldDiacritics(bare).replace(/[^a-z ]/g, '').replace(/\s+/g, ' ').trim()) ?? null;
}

const preambleStart = /^(thuc hien|can cu|thi hanh|kinh gui)\b/;

function titleEnds(line: SourceLine, titleSoFar: SourceLine[]): boolean {
  if (line.separator) return true;
  if (titleSoFar.length === 0) return false;
  if (titleSoFar.length >= 6) return true;
  const first = titleSoFar[0]?.text ?? '';
  if (first.startsWith('**') && titleSoFar.length === 1) return true;
  if (line.text.startsWith('(')) return true;
  if (readMarker(line.text) && readMarker(line.text)?.kind !== 'bold') return true;
  return /^\p{Lu}/u.test(line.text) && preambleStart.test(foldDiacritics(line.text));
}

function closingStart(lines: SourceLine[], from: number): number {
  for (let i = from; i < lines.length; i += 1) {
    const text = lines[i]?.text ?? '';
    if (isRecipientsStart(text) || isSignatureStart(text)) return i;
  }
  return lines.length;
}

/** Where an attachment or appendix resumes the body inside a closing block, or -1. */
function resumeIndex(closing: SourceLine[]): number {
  return closing.findIndex(
    (l, i) => i > 0 && (readTypeLine(l.text) !== null || /^phu luc\b/.test(foldDiacritics(l.text)) || l.text.startsWith('|')),
  );
}

/** Splits the source lines of one document into its parts. */
export function splitDocument(lines: SourceLine[]): DocumentParts {
  const typeIndex = lines.slice(0, 30).findIndex((l) => !l.separator && readTypeLine(l.text) !== null);
  let header: SourceLine[];
  let typeLine: SourceLine | null = null;
  let type: DocumentType | null = null;
  const title: SourceLine[] = [];
  let i: number;
  if (typeIndex >= 0) {
    header = lines.slice(0, typeIndex);
    typeLine = lines[typeIndex] ?? null;
    type = typeLine ? readTypeLine(typeLine.text) : null;
    i = typeIndex + 1;
    for (; i < lines.length; i += 1) {
      const line = lines[i];
      if (!line || titleEnds(line, title)) break;
      title.push(line);
    }
  } else {
    // A letter has no type line; its subject ("V/v …") is its title.
    const subject = lines.slice(0, 30).findIndex((l) => /^v\s*\/\s*v\b/i.test(l.text));
    header = lines.slice(0, Math.max(subject, 0));
    i = subject + 1;
    if (subject >= 0) {
      typeLine = lines[subject] ?? null;
      type = 'Công văn';
    }
  }
  while (lines[i]?.separator) i += 1;

  const rest = lines.slice(i).filter((l) => !l.separator);
  const body: SourceLine[] = [];
  let closing: SourceLine[] = [];
  let cursor = rest;
  for (let guard = 0; guard < 5 && cursor.length > 0; guard += 1) {
    const start = closingStart(cursor, 0);
    for (let j = 0; j < start; j += 1) body.push(cursor[j] as SourceLine);
    const block = cursor.slice(start);
    const resume = resumeIndex(block);
    if (closing.length === 0) closing = resume < 0 ? block : block.slice(0, resume);
    cursor = resume < 0 ? [] : block.slice(resume);
    if (resume >= 0 && cursor[0]) body.push(cursor.shift() as SourceLine);
  }
  return { header, typeLine, type, title, body, closing };
}
