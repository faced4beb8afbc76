/**
 * Coverage: whether every word of the source reached the plan. A word of a source line is placed
 * when the plan's text fields (type, title, body, recipients, signer) have it next to the same
 * neighbour as in the line (one of its two word pairs; a one-word line: the word itself), so that
 * a dropped line is not excused by the same common words elsewhere. A letterhead line, whose
 * words the importer turns into fields, only needs each word somewhere in the plan or its
 * letterhead fields. Boilerplate that no field keeps counts as placed: the national motto, "Số",
 * "ngày … tháng … năm", "DỰ THẢO", "V/v", "Nơi nhận", "(đã ký)".
 */
import { FileError } from '../file-error.ts';
import type { ImportWarning } from './import-warning.ts';
import type { SourceLine } from './source-lines.ts';
import { foldDiacritics } from '../vietnamese/index.ts';

/** Share of the source's words an import must place, or it fails. */
export const minimumCoverage = 0.98;

/** What the plan kept of a source, as text. */
export interface PlacedText {
  /** Text fields in reading order within each: type, title, body Markdown, each recipient, signer parts. */
  fields: string[];
  /** What was read off the letterhead: number, date, place, issuer lines, issuer, province, district. */
  letterhead: string[];
}

/** One source line with words the plan does not have. */
export interface UnplacedLine {
  line: number;
  /** The missing words as the source writes them, in order. */
  words: string[];
  /** True when none of the line's words was placed. */
  whole: boolean;
  text: string;
}

/** How much of a source reached the plan. */
export interface Coverage {
  words: number;
  placed: number;
  /** placed / words; 1 for a source without words. */
  ratio: number;
  unplaced: UnplacedLine[];
}

// Boilerplate anywhere: a letter's "V/v", the closing's label (OCR "Noi nhéan") and the signature's stamp notes.
const boilerplate = /^\s*v\s*\/\s*v\b|n[oơ0]i\s*nh\p{L}{0,3}n\b|\(\s*(?:đã\s+)?ký[^)]*\)/giu;
// Boilerplate of the letterhead: a draft's blank number ("Số: -KH/HU", "/BC-UBND") and blank date
// ("ngày tháng năm 2022"), which no field keeps.
const letterheadBoilerplate = /(?<![\p{L}\p{N}])[-/]\s*\p{Lu}+(?:\s*[-/]\s*\p{Lu}+)*(?![\p{L}\p{N}])|ngày\s+tháng\s+năm\s+\d{4}/gu;
// Words of the letterhead no field keeps, folded: the national motto, the Party's name, "Số", "ngày … tháng … năm", "DỰ THẢO".
const letterheadWords = new Set(
  'cong hoa xa hoi chu nghia viet nam doc lap tu do hanh phuc dang san so ngay thang nam du thao'.split(' '),
);

interface Word {
  text: string;
  key: string;
}

// "08" and "8" are the same day; "Il" and "I1l" are how OCR reads the numerals II and III.
function wordKey(word: string): string {
  const folded = foldDiacritics(word).toLowerCase();
  if (/^\d+$/.test(folded)) return folded.replace(/^0+(?=\d)/, '');
  if (/^(?=.*[ivx])[ivxl1]+$/.test(folded)) return folded.replace(/[l1]/g, 'i');
  return folded;
}

function words(text: string): Word[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => ({ text: w, key: wordKey(w) }));
}

/** Every word and word pair of the plan's fields, and every word of its letterhead fields. */
function indexPlaced(placed: PlacedText): { single: Set<string>; pairs: Set<string>; letterhead: Set<string> } {
  const single = new Set<string>();
  const pairs = new Set<string>();
  for (const field of placed.fields) {
    const keys = words(field).map((w) => w.key);
    keys.forEach((key, i) => {
      single.add(key);
      if (i > 0) pairs.add(`${keys[i - 1]} ${key}`);
    });
  }
  const letterhead = new Set<string>([...single, ...letterheadWords]);
  for (const field of placed.letterhead) for (const w of words(field)) letterhead.add(w.key);
  return { single, pairs, letterhead };
}

/**
 * Measures which words of `lines` (the source's meaningful lines, see toSourceLines) the plan
 * placed; lines whose number is in `letterheadLines` are checked against the letterhead too.
 */
export function measureCoverage(lines: readonly SourceLine[], letterheadLines: ReadonlySet<number>, placed: PlacedText): Coverage {
  const index = indexPlaced(placed);
  let total = 0;
  let found = 0;
  const unplaced: UnplacedLine[] = [];
  for (const line of lines) {
    if (line.separator) continue;
    const all = words(line.text);
    const isLetterhead = letterheadLines.has(line.line);
    const kept = line.text.replace(boilerplate, ' ');
    const checked = words(isLetterhead ? kept.replace(letterheadBoilerplate, ' ') : kept);
    const missing = checked.filter((w, i) => {
      if (isLetterhead) return !index.letterhead.has(w.key);
      if (!index.single.has(w.key)) return true;
      if (checked.length === 1) return false;
      const before = checked[i - 1];
      const after = checked[i + 1];
      return !(before && index.pairs.has(`${before.key} ${w.key}`)) && !(after && index.pairs.has(`${w.key} ${after.key}`));
    });
    total += all.length;
    found += all.length - missing.length;
    if (missing.length > 0) {
      unplaced.push({ line: line.line, words: missing.map((w) => w.text), whole: missing.length === checked.length, text: line.text });
    }
  }
  return { words: total, placed: found, ratio: total === 0 ? 1 : found / total, unplaced };
}

function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** One warning per source line with words the plan does not have. */
export function coverageWarnings(coverage: Coverage): ImportWarning[] {
  return coverage.unplaced.map((u) => ({
    line: u.line,
    message: u.whole
      ? `line not placed in the plan: "${shorten(u.text)}"`
      : `words not placed in the plan: ${u.words.map((w) => `"${w}"`).join(' ')}`,
  }));
}

/** "3, 7, 40–212": source lines, runs of consecutive lines as ranges, at most `max` items. */
function lineRanges(numbers: number[], max = 8): string {
  const runs: string[] = [];
  let start = numbers[0];
  let end = start;
  const flush = (): void => {
    if (start !== undefined && end !== undefined) runs.push(start === end ? `${start}` : `${start}–${end}`);
  };
  for (const n of numbers.slice(1)) {
    if (end !== undefined && n <= end + 3) end = n;
    else {
      flush();
      start = n;
      end = n;
    }
  }
  flush();
  return runs.length > max ? `${runs.slice(0, max).join(', ')}, …` : runs.join(', ');
}

/**
 * The import's coverage warnings; throws FileError (naming `path`) when less than
 * minimumCoverage of the source's words reached the plan.
 */
export function checkCoverage(path: string, lines: readonly SourceLine[], letterheadLines: ReadonlySet<number>, placed: PlacedText): ImportWarning[] {
  const coverage = measureCoverage(lines, letterheadLines, placed);
  if (coverage.ratio < minimumCoverage) {
    const percent = (coverage.ratio * 100).toFixed(1);
    throw new FileError(
      { file: path },
      `only ${percent} % of the source's words reached the plan (${coverage.placed} of ${coverage.words}; ${minimumCoverage * 100} % needed); not placed: lines ${lineRanges(coverage.unplaced.map((u) => u.line))}. The importer did not understand this document's layout: nothing was written`,
    );
  }
  return coverageWarnings(coverage);
}
