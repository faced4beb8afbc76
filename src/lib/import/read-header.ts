/**
 * Metadata from the letterhead block: document number, date, place, issuing committee and the
 * Party organisation above it. OCR-tolerant (matched on folded text: "S$ 254-KH/TU", "ngay 19 thang 01").
 */
import type { SourceLine } from './source-lines.ts';
import { canonicalDocumentNumber, foldDiacritics } from './text-tools.ts';

/** What the letterhead says, as written (null when it does not say). */
export interface HeaderFacts {
  number: string | null;
  date: string | null;
  /** Place before ", ngày …": "Sơn Hà", "Phan Rang-Tháp Chàm". */
  place: string | null;
  /** The issuing committee's line: "HUYỆN ỦY SƠN HÀ", "TINH UY QUANG NGAI". */
  issuerLine: string | null;
  /** The organisation above it: "ĐẢNG BỘ TỈNH QUẢNG NGÃI". */
  parentLine: string | null;
  /** "DỰ THẢO", a blank number ("Số: -KH/HU") or a blank date ("ngày tháng năm 2022"). */
  draft: boolean;
}

const motto = /(?:^|\s)[dđpb]ang cong san viet nam(?:\s|$)/;
const mottoWords = 5;

/** Splits letterhead table cells ("| ĐẢNG BỘ … | ĐẢNG CỘNG SẢN VIỆT NAM |") and drops the national motto. */
export function headerCells(lines: SourceLine[]): string[] {
  const cells: string[] = [];
  for (const line of lines) {
    for (const raw of line.text.split('|')) {
      let cell = raw.replace(/^\*\s*/, '').trim();
      const folded = foldDiacritics(cell);
      const at = folded.search(motto);
      if (at >= 0) {
        // Folding keeps word boundaries, so the motto's words can be cut from the original by position.
        const words = cell.split(/\s+/);
        const before = folded.slice(0, at).trim();
        const start = before === '' ? 0 : before.split(/\s+/).length;
        words.splice(start, mottoWords);
        cell = words.join(' ');
      }
      if (/\p{L}|\d/u.test(cell)) cells.push(cell);
    }
  }
  return cells;
}

// "254-KH/TU", "30-CTr/TU"; "1234/QĐ-UBND", "202/2025/QH15".
const numberPattern = /(\d{1,5})\s*-\s*([A-ZĐ][A-Za-zĐđ]{0,5})\s*\/\s*([A-ZĐ][A-Za-zĐđ]{0,9}(?:-[A-ZĐ][A-Za-zĐđ]{0,5})?)/u;
const decreePattern = /(\d{1,5})\s*\/\s*(?:(\d{4})\s*\/\s*)?([A-ZĐ][A-Za-zĐđ]{0,5}(?:\s*-\s*[A-ZĐ0-9][A-Za-zĐđ0-9]{0,9})+)/u;

/** The canonical document number in a text ("Số 256 - KH/TU" → "256-KH/TU"), or null. */
export function readDocumentNumber(text: string): string | null {
  const plan = numberPattern.exec(text);
  if (plan) return canonicalDocumentNumber(`${plan[1]}-${plan[2]}/${plan[3]}`);
  const decree = decreePattern.exec(text);
  if (decree) return canonicalDocumentNumber(`${decree[1]}/${decree[2] ? `${decree[2]}/` : ''}${decree[3]}`);
  return null;
}

/** An ISO date from "ngày 19 tháng 01 năm 2024" (folded, OCR-tolerant), or null if any part is blank. */
export function readIssueDate(text: string): string | null {
  const m = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/.exec(foldDiacritics(text));
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

const committee = /^(huyen|tinh|thanh|thi|quan|dang) uy\b/;

/** Reads the facts of a letterhead. */
export function readHeader(lines: SourceLine[]): HeaderFacts {
  const cells = headerCells(lines);
  const facts: HeaderFacts = { number: null, date: null, place: null, issuerLine: null, parentLine: null, draft: false };
  for (const cell of cells) {
    const folded = foldDiacritics(cell);
    if (/du thao/.test(folded)) facts.draft = true;
    if (/^s\S{0,2}\s*:?\s*-\s*\p{L}/u.test(folded)) facts.draft = true;
    facts.number ??= /^s/i.test(folded) || numberPattern.test(cell) ? readDocumentNumber(cell) : null;
    const dateAt = folded.search(/,?\s*ngay\b/);
    if (dateAt >= 0 && /thang/.test(folded)) {
      facts.date ??= readIssueDate(cell);
      if (facts.date === null && !/ngay\s*\d/.test(folded)) facts.draft = true;
      // The place is what precedes ", ngày" once the number, if on the same line, is cut off.
      const words = cell.split(/\s+/);
      const head = folded.slice(0, dateAt).trim();
      let place = words.slice(0, head === '' ? 0 : head.split(/\s+/).length).join(' ').replace(/,$/, '');
      const num = numberPattern.exec(place) ?? decreePattern.exec(place);
      if (num) place = place.slice((num.index ?? 0) + num[0].length);
      place = place.replace(/^\*\s*/, '').trim();
      if (place) facts.place ??= place;
      continue;
    }
    if (committee.test(folded) && !/^dang bo/.test(folded)) facts.issuerLine ??= cell;
    else if (/^(dang bo|ban chap hanh dang bo)\b/.test(folded)) facts.parentLine ??= cell;
    else if (/^(uy ban nhan dan|hoi dong nhan dan|ban (tuyen giao|dan van|to chuc|noi chinh|thuong vu)|so |bo chinh tri|ban bi thu)/.test(folded) && !/^s\S{0,2}\s*\d/.test(folded)) {
      facts.issuerLine ??= cell;
    }
  }
  return facts;
}
