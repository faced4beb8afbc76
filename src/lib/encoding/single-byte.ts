// Decoding and encoding with one byte per character, for the table-driven code pages.
import { type CodePage, decodeWithCodePage, reverseCodePage } from './code-pages.ts';

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** Describes a character for an error message: "Ủ" (U+1EE6). */
export function describeChar(ch: string): string {
  return `"${ch}" (U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`;
}

/** Decodes bytes with a code page and composes any combining marks (NFC). */
export function decodeSingleByte(bytes: Uint8Array, page: CodePage): string {
  return decodeWithCodePage(bytes, page).normalize('NFC');
}

const reversed = new WeakMap<CodePage, Map<string, number>>();

/**
 * Encodes NFC text with a code page. A letter the page lacks is written as its toneless letter
 * plus a combining tone mark when the page has both (Windows-1258, TCVN3's 0xB0–0xB4).
 */
export function encodeSingleByte(text: string, page: CodePage, name: string): Uint8Array {
  let reverse = reversed.get(page);
  if (!reverse) reversed.set(page, (reverse = reverseCodePage(page)));
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const byte = reverse.get(ch);
    if (byte !== undefined) {
      bytes.push(byte);
      continue;
    }
    const nfd = ch.normalize('NFD');
    const mark = [...nfd].find((c) => TONE_MARK.test(c));
    const base = mark ? reverse.get(nfd.replace(mark, '').normalize('NFC')) : undefined;
    const markByte = mark ? reverse.get(mark) : undefined;
    if (base === undefined || markByte === undefined) throw new Error(`${name} has no code for ${describeChar(ch)}`);
    bytes.push(base, markByte);
  }
  return Uint8Array.from(bytes);
}
