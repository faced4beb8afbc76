/**
 * Layout: rejoins hard-wrapped lines into paragraphs. Blank lines are ignored (some sources put one
 * between every line); a break is kept where a line starts with a marker, or where the previous line
 * is short enough that its paragraph must have ended there.
 */
import type { Marker } from './markers.ts';
import { readMarker } from './markers.ts';
import type { SourceLine } from './source-lines.ts';
import { readTypeLine } from './split-document.ts';

/** A paragraph of the source: its lines joined, the marker it starts with, its first source line. */
export interface Paragraph {
  text: string;
  marker: Marker | null;
  line: number;
}

/** The usual width of a full line: the 90th percentile of line lengths. */
export function typicalWidth(lines: SourceLine[]): number {
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 80;
}

const isCaps = (text: string): boolean => /\p{L}/u.test(text) && text === text.toUpperCase();
const startsLower = (text: string): boolean => /^[\p{Ll}]/u.test(text);
const endsSentence = (text: string): boolean => /[.;:!?…]["”’)]*$/.test(text);

/** Joins two lines of one paragraph: "57-" + "KL/TW" closes up, anything else gets one space. */
function joinLines(a: string, b: string): string {
  if (/\S-$/.test(a) && !/\s-$/.test(a)) return a + b;
  return `${a} ${b}`;
}

/** Groups lines into paragraphs. `width` is the document's full-line width (see typicalWidth). */
export function joinParagraphs(lines: SourceLine[], width: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  let last = '';
  for (const line of lines) {
    const marker = readMarker(line.text);
    if (current && continues(current, last, line.text, marker, width)) {
      current.text = joinLines(current.text, line.text);
    } else {
      current = { text: line.text, marker, line: line.line };
      paragraphs.push(current);
    }
    last = line.text;
  }
  return paragraphs;
}

function continues(paragraph: Paragraph, previous: string, next: string, marker: Marker | null, width: number): boolean {
  if (marker?.kind === 'table' || paragraph.marker?.kind === 'table') return false;
  if (marker?.kind === 'bold' || paragraph.marker?.kind === 'bold') return false;
  // A number alone on its line ("2.", "Chương I", "Phần thứ nhất") takes the next line as its text.
  const own = paragraph.marker ? readMarker(paragraph.text) : null;
  if (own && own.rest === '' && !marker) return true;
  // An attached document's type line ("CHƯƠNG TRÌNH HÀNH ĐỘNG" after the signature) stands alone,
  // unless it ends a heading in capitals ("I. CĂN CỨ XÂY DỰNG" / "KẾ HOẠCH").
  if (readTypeLine(paragraph.text) || (readTypeLine(next) && !isCaps(own?.rest ?? paragraph.text))) return false;
  // A number or word cut at the line end: "Kết luận 57-" / "KL/TW".
  if (/[\p{L}\d]-$/u.test(previous)) return true;
  // Justified lines in a proportional font vary by ±10% in characters: a line that ends a sentence
  // may end its paragraph when the next word would have fitted; one that does not, only when it is
  // clearly short (a heading, the last line of a paragraph).
  const firstWord = next.split(' ')[0] ?? '';
  const room = (previous.length + 1 + firstWord.length) / width;
  const short = room <= (/[.:!?]["”’)]*$/.test(previous) ? 0.92 : 0.7);
  if (marker) {
    // "quốc gia" / "- dân tộc": a dash inside a wrapped sentence, not a bullet.
    if (marker.kind === 'bullet' && startsLower(marker.rest) && !endsSentence(previous)) return true;
    // "… theo Kế hoạch số" / "2. …" would be a number inside a full, unfinished line.
    if ((marker.kind === 'decimal' || marker.kind === 'roman') && room > 0.92 && !endsSentence(previous)) return true;
    return false;
  }
  // A heading in capitals broken over two lines: "I. MỤC ĐÍCH," / "YÊU CẦU", "Chương I NHỮNG QUY ĐỊNH" / "CHUNG".
  if (isCaps(own?.rest ?? paragraph.text) && isCaps(next)) return true;
  if (startsLower(next)) return true;
  // "… Thông tư 05/2022/TT-BNNPTNT ngày" / "25 tháng 7 năm 2022 …": a number carries the sentence on.
  if (/^\d/.test(next) && !endsSentence(previous)) return true;
  return !short;
}
