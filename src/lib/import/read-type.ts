/**
 * The document type, from the whole opening: a type line ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG",
 * damaged "K ÉT LUẬN", or the type with the number and title on the same line), else the kind
 * code of the number ("983/KH-UBND" → Kế hoạch; "1551/UBND-VX", a number without kind → Công văn),
 * else a letter's "V/v" or "Kính gửi:", else the opening saying what it issues ("… ban hành Kế
 * hoạch …"). Where nothing tells, the type is unknown (null).
 */
import { documentTypes } from '../plan/plan-meta.ts';
import type { DocumentType } from '../plan/plan-meta.ts';
import { parseDocumentNumber } from '../vietnamese/index.ts';
import { readDocumentNumber, readIssueDate } from './read-header.ts';
import type { DocumentParts } from './split-document.ts';
import { foldDiacritics } from '../vietnamese/index.ts';

// Folded without spaces or marks, so that "K ÉT LUẬN" and "KẾT LUẬN" are one key.
const key = (text: string): string => foldDiacritics(text).replace(/[^a-z]/g, '');
const typeByKey = new Map<string, DocumentType>(documentTypes.map((t) => [key(t), t]));
const longestType = Math.max(...documentTypes.map((t) => t.split(' ').length));

/** A type line: the type, and what follows it on the same line (the title, the number), if anything. */
export interface TypeHead {
  type: DocumentType;
  rest: string;
}

/**
 * Reads a type line: upper-case type words ("KẾ HOẠCH", OCR "KE HOACH", "K ÉT LUẬN") on their own
 * or followed by the title or number ("KẾ HOẠCH HÀNH ĐỘNG THỰC HIỆN …" → Kế hoạch, "HÀNH ĐỘNG
 * THỰC HIỆN …"); the longest type wins ("CHƯƠNG TRÌNH HÀNH ĐỘNG" over "CHƯƠNG TRÌNH"). A line
 * that ends in ":" ("QUYẾT ĐỊNH:") announces articles, not a type. With `sentenceCase`, a
 * "Kế hoạch …" line is read too (a web copy that starts at its title).
 */
export function readTypeHead(text: string, sentenceCase = false): TypeHead | null {
  const bare = text.replace(/\*\*/g, '').trim();
  if (bare.endsWith(':')) return null;
  const words = bare.split(/\s+/);
  // "K ÉT LUẬN" is three words for a two-word type: try one spare word.
  for (let n = Math.min(words.length, longestType + 1); n >= 1; n -= 1) {
    const head = words.slice(0, n).join(' ');
    const type = typeByKey.get(key(head));
    if (!type) continue;
    const upper = head === head.toUpperCase();
    if (!upper && !(sentenceCase && head === `${head.charAt(0)}${head.slice(1).toLowerCase()}`)) return null;
    const rest = words.slice(n).join(' ').replace(/^[:.\-–]\s*/, '');
    if (!upper && rest === '') return null;
    return { type, rest };
  }
  return null;
}

// What the kind slot of a number stands for (the Party's "QĐ/TW" is Quyết định or Quy định: no type).
const typeByKind: Record<string, DocumentType> = {
  KH: 'Kế hoạch', CTr: 'Chương trình', NQ: 'Nghị quyết', KL: 'Kết luận', CT: 'Chỉ thị', HD: 'Hướng dẫn',
  TB: 'Thông báo', BC: 'Báo cáo', TT: 'Thông tư', QC: 'Quy chế', QĐi: 'Quy định', ĐA: 'Đề án', CV: 'Công văn',
};
const stateOnlyKinds: Record<string, DocumentType> = { QĐ: 'Quyết định' };

/**
 * The type a document number's kind code gives: "983/KH-UBND" → Kế hoạch, "274/CT-BVHTTDL" →
 * Chỉ thị; a state number whose first code is its issuer ("1551/UBND-VX", "850/UBND") is a letter.
 */
export function typeFromNumber(number: string | null): DocumentType | null {
  if (!number) return null;
  const parsed = parseDocumentNumber(number);
  if (!parsed) return /^\d+\/[A-ZĐ][A-Za-zĐđ]+$/u.test(number) ? 'Công văn' : null;
  const byKind = typeByKind[parsed.kind] ?? (parsed.order === 'state' ? stateOnlyKinds[parsed.kind] : undefined);
  if (byKind) return byKind;
  return parsed.order === 'state' && /^(UBND|HĐND|B[A-ZĐ]{2,}|S[A-ZĐ]{2,}|VP[A-ZĐ]*)$/u.test(parsed.kind) ? 'Công văn' : null;
}

/** True for a letter's subject line ("V/v …", "V/v: …"). */
export function isSubjectLine(text: string): boolean {
  return /^v\s*\/\s*v\b/i.test(text.trim());
}

/** True for a letter's address line ("Kính gửi:"). */
export function isAddressLine(text: string): boolean {
  return /^kinh gui\b/.test(foldDiacritics(text.trim()));
}

const issuing = /\b(?:ban hanh|xay dung|de ra|trien khai) (ke hoach|chuong trinh hanh dong|chuong trinh|quy che|quy dinh|huong dan|de an)\b/;

/** The type an opening paragraph says it issues: "UBND tỉnh xây dựng Kế hoạch hành động …" → Kế hoạch. */
export function typeFromOpening(text: string): DocumentType | null {
  const m = issuing.exec(foldDiacritics(text));
  return m ? (typeByKey.get(key(m[1] ?? '')) ?? null) : null;
}

/** The type from every clue in turn: the type line, the number's kind, a letter's subject or address, the opening. */
export function readType(parts: DocumentParts, number: string | null, opening: string): DocumentType | null {
  if (parts.type) return parts.type;
  const byNumber = typeFromNumber(number);
  if (byNumber) return byNumber;
  if (parts.typeLine && isSubjectLine(parts.typeLine.text)) return 'Công văn';
  if (parts.body.slice(0, 3).some((l) => isAddressLine(l.text))) return 'Công văn';
  return typeFromOpening(opening);
}

/**
 * The number and date of the decision a document was issued with, when it is published as that
 * decision's attachment: "(Ban hành kèm theo Quyết định số: 59/QĐ-UBND Ngày 22 tháng 7 năm 2021 …)".
 */
export function readAttachedTo(text: string): { number: string | null; date: string | null } | null {
  const at = foldDiacritics(text).search(/kem theo (quyet dinh|nghi quyet|thong tu) so\b/);
  if (at < 0) return null;
  const rest = text.slice(at, at + 160);
  const number = readDocumentNumber(rest);
  return number ? { number, date: readIssueDate(rest) } : null;
}
