// The words of a text as the search counts them: runs of letters, marks and digits, folded (no
// marks, đ → d) and lower-cased, so "Đảng ủy 57-KL/TW" is dang, uy, 57, kl, tw. The term table
// built at index time and the query read words the same way, or a count would not match a query.
import { unitClassifier, unitRuns } from './char-class.ts';
import { foldDiacritics } from './fold.ts';
import { cachedPerWord } from './word-cache.ts';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// Words are found by a scan by UTF-16 unit (a property regular expression costs several times
// more on long texts), then folded one distinct word at a time: texts repeat the same syllables.
const wordUnit = unitClassifier(/[\p{L}\p{M}\p{N}]/u);
const foldWord = cachedPerWord((word) => foldDiacritics(word).toLowerCase());

/** Folded, lower-cased words of a text, in order. */
export function foldedWords(text: string): string[] {
  const nfc = text.normalize('NFC');
  const runs = unitRuns(nfc, wordUnit);
  if (runs === null) return (nfc.match(WORD) ?? []).map(foldWord);
  const words: string[] = [];
  for (let r = 0; r < runs.length; r += 2) words.push(foldWord(nfc.slice(runs[r], runs[r + 1])));
  return words;
}
