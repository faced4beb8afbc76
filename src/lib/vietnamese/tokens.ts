// Word tokens of a line, with their offsets: the one tokeniser of running Vietnamese text (the
// OCR repair and its measurement read words through it). OCR glues digits and a few symbols into
// words ("d6i", "1a", "hi¢u"), so a word is a run of letters, digits and those symbols; what a
// token is (word, number, abbreviation, …) is decided once here so that numbers and document
// numbers are never "repaired".

import { foldDiacritics } from './fold.ts';
import { syllableInventory } from './syllable.ts';

/** What a token is, which decides whether the repair may touch it. */
export type TokenKind = 'word' | 'number' | 'roman' | 'abbreviation' | 'code';

/** One token of a text: its text, its offsets and its kind. */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

const TOKEN = /[\p{L}\p{M}\p{N}¢€&]+/gu;
const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const UPPER = /^[\p{Lu}\p{M}]+$/u;

let folded: Set<string> | undefined;

/** The inventory folded (no marks, đ → d): the spellings a syllable can take once OCR drops marks. */
function foldedSyllables(): Set<string> {
  folded ??= new Set(syllableInventory().map(foldDiacritics));
  return folded;
}

/** Whether a token sits inside a code such as 57-KL/TW, 123/QĐ-UBND or 15/6/2023. */
function inCode(line: string, start: number, end: number): boolean {
  const before = line.slice(Math.max(0, start - 2), start);
  const after = line.slice(end, end + 2);
  return /[\p{L}\p{N}][/-]$/u.test(before) || /^[/-][\p{L}\p{N}]/u.test(after) || /^\.\d/.test(after);
}

/** Decides the kind of one token from its text, its neighbours and whether its line is in capitals. */
function classify(text: string, line: string, start: number, end: number, capsLine: boolean): TokenKind {
  if (/^\p{N}+$/u.test(text)) return 'number';
  // Digits OCR never makes of letters (2, 5, 7, 8) mean a code or noise, not a damaged word.
  if (/[2578]/.test(text)) return 'code';
  // Glued to a slash or hyphen: 57-KL/TW, T/M, B/c are codes and abbreviations, not words.
  if (inCode(line, start, end)) return 'code';
  if (ROMAN.test(text)) return 'roman';
  // A part number misread ("Il.", "I1l.") is still a part number, not a word to guess at.
  if (/^[IVX][IVXl1]*$/.test(text) && /^[.)-]/.test(line.slice(end))) return 'roman';
  // Capitals in running text are abbreviations (UBND, KL) unless they spell a syllable (BAN THUONG
  // VU in a signature line); in a heading set in capitals they are words.
  if (text.length > 1 && UPPER.test(text) && !capsLine && !foldedSyllables().has(foldDiacritics(text))) return 'abbreviation';
  // A capital letter standing alone (T/M, "Mặt trận T") is not something to guess at.
  if (text.length === 1 && /\p{Lu}/u.test(text)) return 'abbreviation';
  return 'word';
}

/** Whether most letters of a line are capitals (a heading or letterhead line set in capitals). */
export function isCapsLine(line: string): boolean {
  const letters = line.match(/\p{L}/gu) ?? [];
  const upper = letters.filter((ch) => /\p{Lu}/u.test(ch)).length;
  return letters.length >= 4 && upper / letters.length > 0.7;
}

/** Splits one line into tokens, classified. */
export function tokenizeLine(line: string): Token[] {
  const capsLine = isCapsLine(line);
  const tokens: Token[] = [];
  for (const match of line.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    tokens.push({ text: match[0], start, end, kind: classify(match[0], line, start, end, capsLine) });
  }
  return tokens;
}

/** Whether the text between two tokens ends a sentence or a paragraph (the language model restarts). */
export function breaksContext(gap: string): boolean {
  return /[.;:!?]/.test(gap) || /\n[ \t\u00a0]*\n/.test(gap);
}

/** A token of a whole text, with its line number and whether the context restarts before it. */
export interface TextToken extends Token {
  line: number;
  breakBefore: boolean;
}

/** Tokenizes every line of a text, marking where the context restarts. */
export function tokenizeText(text: string): { lines: string[]; tokens: TextToken[] } {
  const lines = text.split('\n');
  const tokens: TextToken[] = [];
  let gap = '\n\n';
  lines.forEach((line, index) => {
    let last = 0;
    for (const token of tokenizeLine(line)) {
      gap += line.slice(last, token.start);
      tokens.push({ ...token, line: index, breakBefore: breaksContext(gap) });
      gap = '';
      last = token.end;
    }
    gap += `${line.slice(last)}\n`;
  });
  return { lines, tokens };
}
