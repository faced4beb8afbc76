/**
 * The number a plan heading is written with ("III.", "I-", "2.4.", "a)", "Điều 3.", "Chương II",
 * "Phần thứ nhất", "A-") and where it sits in the number path.
 */
import { slugify } from '../vietnamese/index.ts';

/** A heading split into its written number and its title. */
export interface HeadingNumber {
  /** Number components as written, roman numerals upper-cased: "III." → ["III"], "2.4." → ["2", "4"]. */
  parts: string[];
  /** The heading text after the number: "Đẩy mạnh đấu tranh phản bác …". */
  title: string;
  /**
   * True for an article ("Điều 3."): articles are numbered through the whole document, chapters
   * or not, so an article's path starts afresh ("Điều 3", anchor dieu-3) whatever encloses it.
   */
  restarts?: true;
}

// Roman parts need a delimiter ("I." / "I-") so that a word like "VI" or "Ủy" is not read as a number;
// decimal parts may run on ("2.4 Đẩy", "3.1.Tăng"); a single letter needs ")" or "." ("a)", "b.").
const romanPattern = /^\s*([IVXL]+)\s*[.\-–:)]\s*/u;
const decimalPattern = /^\s*(\d{1,2}(?:\.\d{1,2})*)(?:\.|\)|\s*[-–:](?=\s)|(?=\s))\s*/u;
const letterPattern = /^\s*([a-zđ])\s*[).]\s+/u;
// "Điều 3." / "Điều 3:" / "Điều 3" alone; "Chương II", "Mục 2", "Phần thứ nhất", "Phần I" (a division's title may follow a dot or a dash).
const articlePattern = /^\s*(?:Điều|ĐIỀU|Dieu)\s+(\d{1,3})(?=$|[\s.:])[.:]?\s*/u;
const ordinals = 'nhất|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười';
const divisionPattern = new RegExp(`^\\s*(chương|phần|mục)\\s+(thứ\\s+(?:${ordinals})|[IVX]{1,5}|\\d{1,2})(?=$|[\\s.:\\-–])[.:\\-–]?\\s*`, 'iu');
// A capital letter above the Roman parts needs a delimiter and a space: "A- NHỮNG THÀNH TỰU", "B. MỤC TIÊU".
const upperPattern = /^\s*([A-H])\s*[.\-–)]\s+/u;

/** Reads the leading number of a heading; null when the heading has none. */
export function readHeadingNumber(heading: string): HeadingNumber | null {
  const article = articlePattern.exec(heading);
  if (article?.[1]) return { parts: [`Điều ${article[1]}`], title: heading.slice(article[0].length).trim(), restarts: true };
  const division = divisionPattern.exec(heading);
  if (division?.[1] && division[2]) {
    const word = /^c/iu.test(division[1]) ? 'Chương' : /^m/iu.test(division[1]) ? 'Mục' : 'Phần';
    const number = /^th/iu.test(division[2]) ? division[2].toLowerCase().replace(/\s+/gu, ' ') : division[2].toUpperCase();
    return { parts: [`${word} ${number}`], title: heading.slice(division[0].length).trim() };
  }
  const roman = romanPattern.exec(heading);
  if (roman?.[1] && isRoman(roman[1])) {
    return { parts: [roman[1]], title: heading.slice(roman[0].length).trim() };
  }
  const decimal = decimalPattern.exec(heading);
  if (decimal?.[1]) {
    return { parts: decimal[1].split('.'), title: heading.slice(decimal[0].length).trim() };
  }
  const letter = letterPattern.exec(heading);
  if (letter?.[1]) return { parts: [letter[1]], title: heading.slice(letter[0].length).trim() };
  const upper = upperPattern.exec(heading);
  if (upper?.[1]) return { parts: [upper[1]], title: heading.slice(upper[0].length).trim() };
  return null;
}

/**
 * The anchor of a number path: each part folded, joined by "-" ("III.2.4" → "iii-2-4", "Điều 3.1"
 * → "dieu-3-1"). "đ" is written "dd" (as Telex types it), so that points d) and đ) differ.
 */
export function numberPathAnchor(parts: readonly string[]): string {
  return parts.map((part) => (part === 'đ' ? 'dd' : slugify(part))).join('-');
}

function isRoman(value: string): boolean {
  return /^(?:L?X{0,3})(?:IX|IV|V?I{0,3})$/u.test(value) && value !== '';
}

/**
 * The number path of a heading numbered `parts` under a parent with number path `parentPath`:
 * a multi-part number repeats its parent's number ("2.4." under "III.2" → "III.2.4"), a single part
 * is appended ("2." under "III" → "III.2"). Returns null when a multi-part number contradicts the
 * parent it sits under ("3.1." under "III.2").
 */
export function extendNumberPath(parentPath: string[], parts: string[]): string[] | null {
  if (parts.length === 1) return [...parentPath, ...parts];
  for (let shared = parts.length - 1; shared >= 1; shared -= 1) {
    const prefix = parts.slice(0, shared);
    const tail = parentPath.slice(parentPath.length - shared);
    if (tail.length === shared && prefix.every((part, i) => part === tail[i])) {
      return [...parentPath, ...parts.slice(shared)];
    }
  }
  // "2.4." directly under "III" (no "2." heading in between) reads as III.2.4; under a numbered
  // decimal parent that says otherwise it is a contradiction.
  const last = parentPath.at(-1);
  if (last === undefined || !/^\d+$/u.test(last)) return [...parentPath, ...parts];
  return null;
}
