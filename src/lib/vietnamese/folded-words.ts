// The words of a text as the search counts them: runs of letters, marks and digits, folded (no
// marks, đ → d) and lower-cased, so "Đảng ủy 57-KL/TW" is dang, uy, 57, kl, tw. The term table
// built at index time and the query read words the same way, or a count would not match a query.
import { foldDiacritics } from './fold.ts';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Folded, lower-cased words of a text, in order. */
export function foldedWords(text: string): string[] {
  return foldDiacritics(text.normalize('NFC')).toLowerCase().match(WORD) ?? [];
}
