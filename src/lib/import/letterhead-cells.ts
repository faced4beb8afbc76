/**
 * The letterhead as a person reads it: table cells ("| … |") and lines, the national and Party
 * mottos cut out, and each cell classed as an organisation name, the number, the place-date, a
 * draft mark, a fragment, or a boundary. A name cut over lines ("ỦY" / "BAN NHÂN DÂN" / "TỈNH
 * THỪA THIÊN HUẾ", "THỦ TƯỚNG CHÍNH" / "PHỦ", two columns flattened into lines or table rows with the motto at each line's
 * end) is joined into one block; a boundary (a rule, a lone "|", a motto line, a number) ends a block.
 */
import type { SourceLine } from './source-lines.ts';
import { foldDiacritics } from '../vietnamese/index.ts';

/** One piece of the letterhead, in reading order. */
export interface LetterheadCell {
  text: string;
  line: number;
  kind: 'name' | 'number' | 'date' | 'draft' | 'fragment' | 'boundary';
}

// Mottos as they come out of PDFs too ("CỘNG HỊA", "XàHỘI", "PANG CONG SAN", "Độc lập  Tự do").
const mottos = [
  /c\S{0,2}ng\s*h\S{0,2}a\s*x\S{0,2}\s*h\S{0,2}i\s*ch\S{0,2}\s*ngh\S{0,2}a\s*vi\S{0,2}t\s*nam/g,
  /[dđpb]ang\s+cong\s+san\s+viet\s+nam/g,
  /doc\s*lap\W*tu\s*do\W*hanh\s*phuc/g,
];
// A line that holds only a piece of a motto cut over lines ("CỘNG" / "HÒA XÃ HỘI …", "Độc lập -").
const mottoWords = ['cong', 'hoa', 'xa', 'hoi', 'chu', 'nghia', 'viet', 'nam', 'doc', 'lap', 'tu', 'do', 'hanh', 'phuc'];
/** True when a text is a run of whole motto words ("CỘNG", "CHỦ NGHĨA VIỆT NAM"), spaces or not. */
function isMottoPiece(folded: string): boolean {
  const k = folded.replace(/[^a-z]/g, '').replace(/^conghia/, 'conghoa');
  if (k.length < 4) return false;
  for (let from = 0; from < mottoWords.length; from += 1) {
    let run = '';
    for (let to = from; to < mottoWords.length && run.length < k.length; to += 1) run += mottoWords[to];
    if (run === k) return true;
  }
  return false;
}

/** The mottos of letterhead lines as written, damage included ("CỘNG HỊA XàHỘI …"): words no field keeps. */
export function letterheadMottos(lines: SourceLine[]): string[] {
  const found: string[] = [];
  for (const line of lines) {
    const folded = foldDiacritics(line.text);
    for (const motto of mottos) for (const m of folded.matchAll(motto)) found.push(line.text.slice(m.index ?? 0, (m.index ?? 0) + m[0].length));
    for (const part of line.text.split('|')) if (isMottoPiece(foldDiacritics(part))) found.push(part.trim());
  }
  return found;
}

/** Cuts the mottos out of a text: the pieces before, between and after them. */
function withoutMottos(text: string): string[] {
  // Folding keeps the length of NFC text, so a match in the folded text is a range of the original.
  const folded = foldDiacritics(text);
  const cuts: Array<[number, number]> = [];
  for (const motto of mottos) for (const m of folded.matchAll(motto)) cuts.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  cuts.sort((a, b) => a[0] - b[0]);
  const pieces: string[] = [];
  let from = 0;
  for (const [start, end] of cuts) {
    if (start >= from) pieces.push(text.slice(from, start));
    from = Math.max(from, end);
  }
  pieces.push(text.slice(from));
  return pieces;
}

/**
 * A place-date ("Hà Nội, ngày 25 …", "ngày 13", "Quảng Trị ngày 5 tháng 3 năm 2019"), not running text
 * that holds a date ("… địa phương ngày 19 tháng 6 năm 2015;").
 */
function isPlaceDate(folded: string): boolean {
  const at = folded.search(/(^|[\s,])ngay\b/);
  if (at < 0) return false;
  const before = folded.slice(0, at).trim();
  if (before === '' || before.endsWith(',')) return true;
  return before.split(/\s+/).length <= 3 && /nam\s*\d{4}\s*$/.test(folded) && folded.length < 50;
}

function classify(text: string): LetterheadCell['kind'] {
  const folded = foldDiacritics(text);
  if (!/\p{L}|\d/u.test(text) || isMottoPiece(folded)) return 'boundary';
  if (/^s\S{0,2}\s*:?\s*(\d|[-/]|$)/.test(folded) || /^so\s*:/.test(folded) || /^[-/]\s*[a-z]/.test(folded)) return 'number';
  if (isPlaceDate(folded) || /^thang\s*\d*\s*nam\b/.test(folded) || /^\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4}/.test(folded)) return 'date';
  if (/^du thao$/.test(folded.trim())) return 'draft';
  if (text === text.toUpperCase() && /\p{Lu}{2,}/u.test(text) && text.split(/\s+/).length <= 14) return 'name';
  return 'fragment';
}

/** The cells of the letterhead lines, in reading order, with boundaries where the layout has them. */
export function letterheadCells(lines: SourceLine[]): LetterheadCell[] {
  const cells: LetterheadCell[] = [];
  const boundary = (line: number): void => {
    if (cells.at(-1)?.kind !== 'boundary') cells.push({ text: '', line, kind: 'boundary' });
  };
  const clean = (piece: string): string => piece.replace(/^[\s*]+/, '').replace(/[\s*]+$/, '').replace(/\s+/g, ' ');
  for (const source of lines) {
    const parts = source.text.split('|');
    if (source.separator || parts.every((part) => !/[\p{L}\d]/u.test(part))) {
      boundary(source.line);
      continue;
    }
    // Two columns flattened into lines or table rows ("ỦY BAN NHÂN DÂN | CỘNG HÒA …" / "TỈNH X | Độc lập …"):
    // what follows the left column on its line is only the motto or nothing, so the left column's name
    // stays open, to go on on the next line. An empty cell before the first "|" is no boundary either.
    const leftOpen = (): boolean => cells.at(-1)?.kind === 'name';
    let started = false;
    parts.forEach((raw) => {
      const pieces = withoutMottos(raw);
      const empty = pieces.every((piece) => clean(piece) === '' || isMottoPiece(foldDiacritics(clean(piece))));
      if (!started && pieces.length === 1 && clean(raw) === '') return;
      if (started && empty && leftOpen()) return;
      if (started) boundary(source.line);
      started = true;
      pieces.forEach((piece, j) => {
        const text = clean(piece);
        if (j > 0 && j === pieces.length - 1 && text === '' && leftOpen()) return;
        if (j > 0) boundary(source.line);
        const kind = classify(text);
        if (kind === 'boundary') boundary(source.line);
        else cells.push({ text, line: source.line, kind });
      });
    });
  }
  return cells;
}

/** The organisation names of the letterhead: runs of name cells with no boundary between, joined. */
export function nameBlocks(cells: LetterheadCell[]): Array<{ text: string; line: number }> {
  const blocks: Array<{ text: string; line: number }> = [];
  let open = false;
  for (const cell of cells) {
    if (cell.kind !== 'name') {
      open = false;
      continue;
    }
    const last = blocks.at(-1);
    if (open && last) last.text += ` ${cell.text}`;
    else blocks.push({ text: cell.text, line: cell.line });
    open = true;
  }
  return blocks;
}
