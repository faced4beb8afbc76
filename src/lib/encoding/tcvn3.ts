// TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts .VnTime/.VnArial). Its capitals with tones are
// mostly missing: ABC documents set capitals in a separate font (.VnTimeH) that draws the
// lower-case codes as capitals, so the bytes of "KẾ HOẠCH" read "Kế HOạCH". The decoder puts
// such words back in capitals; a lone "Về" in a heading cannot be told from a real "Về".
import { TCVN3 } from './code-pages.ts';
import { decodeSingleByte, encodeSingleByte } from './single-byte.ts';

const ASCII_LOWER = /[a-z]/;

/** Whether a word is set in capitals: at least two capitals and no ASCII lower-case letter. */
function looksCapital(word: string): boolean {
  return !ASCII_LOWER.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** Restores capitals of words, and of lines, that an ABC capital font drew from lower-case codes. */
function restoreCapitals(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (ASCII_LOWER.test(line)) return line.replace(/\p{L}+/gu, (w) => (looksCapital(w) ? w.toUpperCase() : w));
      // A heading line: its plain words (not document numbers) are mostly capital.
      const words = line.split(/\s+/).filter((w) => /^\p{L}+[.,:;]?$/u.test(w));
      const capital = words.filter(looksCapital).length;
      if (capital >= 2 && capital * 2 >= words.length) return line.toUpperCase();
      return line.replace(/\p{L}+/gu, (w) => (looksCapital(w) ? w.toUpperCase() : w));
    })
    .join('\n');
}

/** Decodes TCVN3 bytes to NFC text. */
export function decodeTcvn3(bytes: Uint8Array): string {
  return restoreCapitals(decodeSingleByte(bytes, TCVN3));
}

/** Encodes text in TCVN3; capitals it lacks become letter + combining tone mark (0xB0–0xB4). */
export function encodeTcvn3(text: string): Uint8Array {
  return encodeSingleByte(text, TCVN3, 'TCVN3');
}
