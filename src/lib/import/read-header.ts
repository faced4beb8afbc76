/**
 * Metadata from the letterhead block: document number, date, place, the issuing body and the
 * organisation above it. Read from the cells of letterhead-cells.ts, so that a name, a number or a
 * place-date cut over lines or table cells is read whole ("Hưng" / "Yên, ngày 18 tháng 02 năm 2022",
 * "ngày 13" / "tháng 6 năm 2024"). OCR-tolerant (matched on folded text: "S$ 254-KH/TU", "ngay 19 thang 01").
 */
import { letterheadCells, nameBlocks } from './letterhead-cells.ts';
import type { LetterheadCell } from './letterhead-cells.ts';
import { splitOrganisations } from './read-organisations.ts';
import { repairNumberText } from './repair-extraction.ts';
import type { SourceLine } from './source-lines.ts';
import type { PlanMeta } from '../plan/plan-meta.ts';
import { foldDiacritics } from '../vietnamese/index.ts';
import { canonicalOrCompact } from './find-citations.ts';

/** What the letterhead says, as written (null when it does not say). */
export interface HeaderFacts extends Pick<PlanMeta, 'number' | 'date'> {
  /** Place before ", ngày …": "Sơn Hà", "Phan Rang-Tháp Chàm", "Hưng Yên". */
  place: string | null;
  /** The issuing body's name, joined over lines: "HUYỆN ỦY SƠN HÀ", "ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ". */
  issuerLine: string | null;
  /** The first organisation above it: "ĐẢNG BỘ TỈNH QUẢNG NGÃI", "BỘ THÔNG TIN VÀ TRUYỀN THÔNG" above a department. */
  parentLine: string | null;
  /** The organisation right above it, when that is not `parentLine`: "HUYỆN ỦY SƠN HÀ" above "BAN TUYÊN GIÁO". */
  superiorLine: string | null;
  /** "DỰ THẢO", or a blank number ("Số: -KH/HU") or date ("ngày tháng năm 2022") and no filled one. */
  draft: boolean;
}

// "254-KH/TU", "30-CTr/TU"; "1234/QĐ-UBND", "202/2025/QH15"; a letter's "850/UBND".
const numberPattern = /(\d{1,5})\s*-\s*([A-ZĐ][A-Za-zĐđ]{0,5})\s*\/\s*([A-ZĐ][A-Za-zĐđ]{0,9}(?:-[A-ZĐ][A-Za-zĐđ]{0,5})?)/u;
const decreePattern = /(\d{1,5})\s*\/\s*(?:(\d{4})\s*\/\s*)?([A-ZĐ][A-Za-zĐđ]{0,5}(?:\s*-\s*[A-ZĐ0-9][A-Za-zĐđ0-9]{0,9})+)/u;
const letterPattern = /(\d{1,5})\s*\/\s*([A-ZĐ][A-Za-zĐđ]{1,9})(?![\p{L}\d/-])/u;

/** The canonical document number in a text ("Số 256 - KH/TU" → "256-KH/TU", "Số: 850/UBND"), or null. */
export function readDocumentNumber(raw: string): string | null {
  const text = repairNumberText(raw);
  const plan = numberPattern.exec(text);
  if (plan) return canonicalOrCompact(`${plan[1]}-${plan[2]}/${plan[3]}`);
  const decree = decreePattern.exec(text);
  if (decree) return canonicalOrCompact(`${decree[1]}/${decree[2] ? `${decree[2]}/` : ''}${decree[3]}`);
  const letter = letterPattern.exec(text);
  return letter ? `${letter[1]}/${letter[2]}` : null;
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

/** A place-date cut over cells: the date cell and the cells that complete it ("ngày 13" / "tháng 6 năm 2024"). */
function dateText(cells: LetterheadCell[], at: number): string {
  let text = cells[at]?.text ?? '';
  for (let k = at + 1; k <= at + 2 && !/nam\s*\d{4}/.test(foldDiacritics(text)); k += 1) {
    const next = cells[k];
    if (next?.kind !== 'date') break;
    text += ` ${next.text}`;
  }
  return text;
}

/** The place before ", ngày" in a date cell, with a word cut onto the previous line ("Hưng" / "Yên, ngày"). */
function placeOf(cells: LetterheadCell[], at: number): string | null {
  const cell = cells[at];
  if (!cell) return null;
  const folded = foldDiacritics(cell.text);
  const dateAt = folded.search(/,?\s*ngay\b/);
  let place = cell.text.slice(0, Math.max(dateAt, 0)).trim();
  const num = numberPattern.exec(place) ?? decreePattern.exec(place) ?? letterPattern.exec(place);
  if (num) place = place.slice((num.index ?? 0) + num[0].length);
  place = place.replace(/^[*\s]+/, '').replace(/,$/, '').trim();
  const previous = cells[at - 1];
  if (
    previous?.kind === 'fragment' &&
    previous.line === cell.line - 1 &&
    /^\p{Lu}\p{Ll}*(\s\p{Lu}\p{Ll}*){0,2}$/u.test(previous.text) &&
    (place === '' || /^\p{Lu}/u.test(place))
  ) {
    place = `${previous.text} ${place}`.trim();
  }
  return place === '' || /^\.+$/.test(place) ? null : place;
}

/** Reads the facts of a letterhead. */
export function readHeader(lines: SourceLine[]): HeaderFacts {
  const cells = letterheadCells(lines);
  const facts: HeaderFacts = { number: null, date: null, place: null, issuerLine: null, parentLine: null, superiorLine: null, draft: false };
  let blank = false;
  cells.forEach((cell, i) => {
    const folded = foldDiacritics(cell.text);
    if (cell.kind === 'draft') facts.draft = true;
    if (cell.kind === 'number' || (cell.kind === 'date' && /^s\S{0,2}\s*:?\s*\d/.test(folded))) {
      const number = readDocumentNumber(cell.text);
      facts.number ??= number;
      if (!number) blank = true;
    }
    // A number and a place-date may share a cell ("Số: 850/UBND Châu Thành, ngày 12 tháng 9 năm 2017").
    if ((cell.kind === 'date' || cell.kind === 'number') && /(^|[\s,])ngay\b/.test(folded)) {
      const date = readIssueDate(dateText(cells, i));
      facts.date ??= date;
      if (!date) blank = true;
      facts.place ??= placeOf(cells, i);
    }
  });
  if (blank && (facts.number === null || facts.date === null)) facts.draft = true;

  const organisations = nameBlocks(cells).flatMap((block) => splitOrganisations(block.text));
  const issuerAt = organisations.findIndex((o) => o.role === 'issuer');
  const parents = organisations.slice(0, issuerAt < 0 ? organisations.length : issuerAt).filter((o) => o.role === 'parent');
  facts.parentLine = parents[0]?.text ?? null;
  facts.superiorLine = parents.length > 1 ? (parents.at(-1)?.text ?? null) : null;
  facts.issuerLine = organisations[issuerAt]?.text ?? null;
  return facts;
}
