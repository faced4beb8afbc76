/**
 * What a line starts with: a heading number, a bullet, a task label, the closing block.
 * Matched on folded text and tolerant of OCR damage ("Il." for II., "1.Cac", "Co quan chi dao.:").
 */
import { foldDiacritics } from '../vietnamese/index.ts';

/** The kinds of line start that open a new paragraph. */
export type Marker =
  | { kind: 'roman'; number: string; rest: string }
  | { kind: 'decimal'; number: string; depth: number; rest: string }
  | { kind: 'letter'; number: string; rest: string }
  /** "1)", "2)": a point below the lettered ones. */
  | { kind: 'paren'; number: string; rest: string }
  | { kind: 'article'; number: string; rest: string }
  /** "Phần thứ nhất", "PHẦN II": a part of a report or programme; `number` as written ("thứ nhất", "II"). */
  | { kind: 'part'; number: string; rest: string }
  /** "Chương I", "CHƯƠNG 2". */
  | { kind: 'chapter'; number: string; rest: string }
  /** "Mục 1" of a regulation, between its chapters and its articles. */
  | { kind: 'section'; number: string; rest: string }
  /** "A- NHỮNG THÀNH TỰU", "B. …": a capital letter above the Roman parts. */
  | { kind: 'upper'; number: string; rest: string }
  | { kind: 'bullet'; rest: string }
  | { kind: 'note'; rest: string }
  | { kind: 'task'; label: string; canonical: string; rest: string }
  | { kind: 'bold'; rest: string }
  | { kind: 'table'; rest: string };

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10 };

// "Il" / "I1l" / "1I" as OCR reads "II" / "III", "Í" as a PDF's stray mark on "I"; returns the repaired numeral or null.
function readRoman(token: string): string | null {
  if (!/[IVXÍÌỈĨỊ]/.test(token)) return null;
  const roman = token.replace(/[l1ÍÌỈĨỊ]/g, 'I');
  if (!/^(X{0,2})(IX|IV|V?I{0,3})$/.test(roman) || roman === '') return null;
  let total = 0;
  for (let i = 0; i < roman.length; i += 1) {
    const v = romanValues[roman[i] ?? ''] ?? 0;
    const next = romanValues[roman[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total <= 20 ? roman : null;
}

const taskLabels: Array<[RegExp, string]> = [
  [/^co quan chi dao$/, 'Cơ quan chỉ đạo'],
  [/^co quan tham m\w{0,3},? ?th\w{0,4} hi\w{0,2}n$/, 'Cơ quan tham mưu, thực hiện'],
  [/^co quan tham m\w{0,3}$/, 'Cơ quan tham mưu'],
  [/^co quan chu tri$/, 'Cơ quan chủ trì'],
  [/^co quan phoi hop$/, 'Cơ quan phối hợp'],
  [/^co quan th\w{0,4} hi\w{0,2}n$/, 'Cơ quan thực hiện'],
  [/^don vi chu tri$/, 'Đơn vị chủ trì'],
  [/^don vi phoi hop$/, 'Đơn vị phối hợp'],
  [/^thoi gian th\w{0,4} hi\w{0,2}n$/, 'Thời gian thực hiện'],
  [/^thoi gian hoan thanh$/, 'Thời gian hoàn thành'],
];

/** Recognises a task label ("Cơ quan chỉ đạo:", OCR "Co quan chi dao.:") at the start of `text`. */
function readTask(text: string): Marker | null {
  const match = /^([^:]{8,45}?)\s*\.?\s*:\s*/.exec(text);
  if (!match?.[1]) return null;
  const folded = foldDiacritics(match[1]).replace(/[.\s]+$/, '').replace(/\s+/g, ' ');
  for (const [pattern, canonical] of taskLabels) {
    if (pattern.test(folded)) return { kind: 'task', label: match[1].trim(), canonical, rest: text.slice(match[0].length) };
  }
  return null;
}

/** Reads the marker a (trimmed) line starts with, or null for running text. */
export function readMarker(text: string): Marker | null {
  if (text.startsWith('|')) return { kind: 'table', rest: text };
  if (text.startsWith('**')) return { kind: 'bold', rest: text };

  // "- 1.Cac cap uy…" (OCR of a numbered point) and "* Thời gian hoàn thành:" (a task label).
  const bulleted = /^([-–—+•·*])\s*(.*)$/.exec(text);
  if (bulleted) {
    const inner = bulleted[2] ?? '';
    const task = readTask(inner);
    if (task) return task;
    const numbered = /^\d{1,2}\.\S/.test(inner) || /^\d{1,2}\.\s/.test(inner) ? readMarker(inner) : null;
    if (numbered?.kind === 'decimal') return numbered;
    if (bulleted[1] === '*') return { kind: 'note', rest: inner };
    return { kind: 'bullet', rest: inner };
  }

  const task = readTask(text);
  if (task) return task;

  const chapter = readChapterOrPart(text);
  if (chapter) return chapter;

  // A number alone on its line ("2.", "II-", "a)", "Điều 3."): the heading text follows on the next line.
  const bare = /^(?:([IVXlÍÌỈĨỊ1]{1,5})\s*[.\-–]|(\d{1,2}(?:\.\d{1,2}){0,3})\.|([a-zđ])\)|(?:Điều|ĐIỀU)\s+(\d{1,3})\s*[.:]?)$/u.exec(text);
  if (bare) {
    const roman = bare[1] ? readRoman(bare[1]) : null;
    if (roman) return { kind: 'roman', number: roman, rest: '' };
    if (bare[2]) return { kind: 'decimal', number: bare[2], depth: Math.min(bare[2].split('.').length + 2, 5), rest: '' };
    if (bare[3]) return { kind: 'letter', number: bare[3], rest: '' };
    if (bare[4]) return { kind: 'article', number: bare[4], rest: '' };
  }

  const upper = /^([A-H])\s*[.\-–]\s+(?=\p{Lu}{2}|\p{Lu}\s)/u.exec(text);
  if (upper?.[1] && isCapsHeading(text.slice(upper[0].length))) {
    return { kind: 'upper', number: upper[1], rest: text.slice(upper[0].length) };
  }

  const roman = /^([IVXlÍÌỈĨỊ1]{1,5})\s*[.\-–]\s*(?=[\p{Lu}\d"“])/u.exec(text);
  if (roman?.[1]) {
    const number = readRoman(roman[1]);
    if (number) return { kind: 'roman', number, rest: text.slice(roman[0].length) };
  }

  const decimal = /^(\d{1,2}(?:\.\d{1,2}){0,3})(?:\.\s*|\s+(?=\p{Lu}))(?=[\p{L}"“(])/u.exec(text);
  if (decimal?.[1] && (decimal[1].includes('.') || decimal[0].includes('.'))) {
    const depth = Math.min(decimal[1].split('.').length + 2, 5);
    return { kind: 'decimal', number: decimal[1], depth, rest: text.slice(decimal[0].length) };
  }

  const letter = /^([a-zđ])[).]\s+/.exec(text);
  if (letter?.[1]) return { kind: 'letter', number: letter[1], rest: text.slice(letter[0].length) };

  const paren = /^(\d{1,2})\)\s+/.exec(text);
  if (paren?.[1]) return { kind: 'paren', number: paren[1], rest: text.slice(paren[0].length) };

  const article = /^(Điều|Dieu|ĐIỀU)\s+(\d{1,3})\s*[.:]\s*/u.exec(text);
  if (article?.[2]) return { kind: 'article', number: article[2], rest: text.slice(article[0].length) };

  return null;
}

// The first words of a heading in capitals ("NHỮNG THÀNH TỰU"), as a capital-letter part is written.
function isCapsHeading(text: string): boolean {
  const words = text.split(/\s+/).slice(0, 3).join(' ');
  return /\p{L}{2}/u.test(words) && words === words.toUpperCase();
}

const ordinals = 'nhất|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười';
const chapterPattern = new RegExp(
  `^(chương|phần|mục)\\s+((?:thứ\\s+(?:${ordinals}))|[IVX]{1,5}|\\d{1,2})(?=$|[\\s.:\\-–])[.:\\-–]?\\s*`,
  'iu',
);

/** "Chương I", "PHẦN THỨ NHẤT", "Phần II - …", "Mục 2": a division, alone on its line or followed by its title. */
function readChapterOrPart(text: string): Marker | null {
  const match = chapterPattern.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const rest = text.slice(match[0].length);
  // "Phần thứ hai của Kế hoạch …" in running text: a part's title is in capitals, or on the next line.
  if (rest !== '' && !isCapsHeading(rest)) return null;
  const number = /^thứ/iu.test(match[2]) ? match[2].toLowerCase().replace(/\s+/g, ' ') : match[2].toUpperCase();
  const word = foldDiacritics(match[1]).toLowerCase();
  return { kind: word === 'chuong' ? 'chapter' : word === 'muc' ? 'section' : 'part', number, rest };
}

/** True when a line opens the closing block ("Nơi nhận:", OCR "Noi nhéan:"). */
export function isRecipientsStart(text: string): boolean {
  return /^n[o0]i\s*nh\p{L}{0,3}n\s*:?/u.test(foldDiacritics(text));
}

/** True when a line opens a signature block: "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN", "KT. BÍ THƯ". */
export function isSignatureStart(text: string): boolean {
  return /^(T\/M|TM\.|T\.M\.|KT\.|KT\/|TL\.|TUQ\.)\s*\p{Lu}/u.test(text);
}
