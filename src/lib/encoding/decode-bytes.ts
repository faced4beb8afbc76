// Bytes of a source file → text. Decoding comes before any clean-up: in TCVN3 "ư" is the byte of
// a soft hyphen and VISCII puts capitals where C0 control characters are, so nothing may strip
// or normalise the bytes before the encoding is known. The caller runs normalizeText afterwards.
import { countVietnameseSyllables } from '../vietnamese/syllable.ts';
import { LEGACY_CODECS, type LegacyEncoding, type TextEncodingName } from './legacy-encodings.ts';

/** A decoded file: its text (NFC where the encoding combines marks) and the encoding found. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Below this share of Vietnamese syllables among its words, a legacy decoding is not believed. */
const MIN_SYLLABLE_SHARE = 0.5;
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/gu;

/** Decodes a source file: UTF-8 (BOM or not), UTF-16 (BOM or not), or TCVN3, VNI, VISCII, Windows-1258. */
export function decodeBytes(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length === 0) throw new Error(`${fileName}: the file is empty; export the plan's text again`);
  const decoded = decodeByBom(bytes) ?? decodeUtf16(bytes, fileName) ?? decodeUtf8(bytes, fileName) ?? decodeLegacy(bytes, fileName);
  checkText(decoded.text, fileName);
  return decoded;
}

/** UTF-8 or UTF-16 announced by a byte order mark. */
function decodeByBom(bytes: Uint8Array): DecodedText | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: strictDecode('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  if (a === 0xff && b === 0xfe) return { text: strictDecode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: strictDecode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  return undefined;
}

// How many leading bytes the UTF-16 guess looks at: thousands of characters, plenty for a pattern.
const UTF16_SAMPLE = 64 * 1024;

/**
 * UTF-16 without a byte order mark, as some Windows tools save "Unicode" text: one byte of every
 * pair is the high byte of a code unit, which is 0x00 for ASCII and Latin-1 and 0x01 or 0x1E for
 * most other Vietnamese letters, so NUL bytes fill one parity of the positions and (almost) never
 * the other. Binary files have NULs at both parities. Returns the byte order, or null.
 */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const [a, b] = bytes;
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, Math.min(bytes.length, UTF16_SAMPLE) & ~1);
  const pairs = sample.length / 2;
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros += 1;
    if (sample[i + 1] === 0) oddZeros += 1;
  }
  // Vietnamese text is at least a third spaces, digits, punctuation and unmarked letters.
  if (oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.01) return 'utf-16le';
  if (evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.01) return 'utf-16be';
  return null;
}

/** UTF-16 without a byte order mark (see guessUtf16); an odd length or an invalid unit is no UTF-16. */
function decodeUtf16(bytes: Uint8Array, fileName: string): DecodedText | undefined {
  const encoding = guessUtf16(bytes);
  if (encoding === null) return undefined;
  try {
    return { text: strictDecode(encoding, bytes), encoding };
  } catch (error) {
    throw new Error(
      `${fileName}: the file looks like ${encoding.toUpperCase()} text without a byte order mark but is not valid ${encoding.toUpperCase()}` +
        `${bytes.length % 2 === 1 ? ' (it has an odd number of bytes)' : ''}; save the plan's text as UTF-8 and import it again`,
      { cause: error },
    );
  }
}

function strictDecode(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
}

/** UTF-8 without BOM: legacy 8-bit text is practically never valid UTF-8. Throws for UTF-8 with a few damaged bytes. */
function decodeUtf8(bytes: Uint8Array, fileName: string): DecodedText | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return { text: strictDecode('utf-8', bytes), encoding: 'utf-8' };
  } catch {
    checkDamagedUtf8(bytes, fileName);
    return undefined;
  }
}

/** Decodes with each legacy encoding and keeps the one that reads as the most Vietnamese syllables. */
function decodeLegacy(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.includes(0)) {
    throw new Error(
      `${fileName}: the file contains NUL bytes, so it is binary (a PDF, Word or image file?), not text; ` +
        `save the plan's text as a .txt file and import that`,
    );
  }
  let best: { encoding: LegacyEncoding; text: string; valid: number; total: number } | undefined;
  for (const [encoding, codec] of Object.entries(LEGACY_CODECS) as [LegacyEncoding, (typeof LEGACY_CODECS)[LegacyEncoding]][]) {
    const text = codec.decode(bytes);
    const { valid, total } = countVietnameseSyllables(text);
    if (!best || valid > best.valid || (valid === best.valid && total < best.total)) best = { encoding, text, valid, total };
  }
  if (!best || best.total === 0 || best.valid / best.total < MIN_SYLLABLE_SHARE) {
    const guess = best ? ` (best guess ${best.encoding}: ${best.valid} of ${best.total} words are Vietnamese syllables)` : '';
    throw new Error(
      `${fileName}: the file is neither UTF-8 nor Vietnamese text in TCVN3, VNI, VISCII or Windows-1258${guess}; ` +
        `save the plan's text as UTF-8 and import it again`,
    );
  }
  return { text: best.text, encoding: best.encoding };
}

// At most one invalid sequence per this many bytes, a file is UTF-8 with damage, not another encoding.
const DAMAGE_RATIO = 200;

/**
 * A UTF-8 file with a few invalid bytes (a transfer or an editor damaged it) is no legacy text,
 * though a legacy decoding of it may pass for Vietnamese: rather than decode it as mojibake or
 * guess the damaged letters, it is refused with the line of the first damage.
 */
function checkDamagedUtf8(bytes: Uint8Array, fileName: string): void {
  const text = new TextDecoder('utf-8').decode(bytes);
  const damaged = text.split('\uFFFD').length - 1;
  // Legacy text read as UTF-8 is mostly damage; real UTF-8 has far more good letters than bad bytes.
  const letters = text.match(/[^\u0000-\u007F\uFFFD]/gu)?.length ?? 0;
  if (damaged === 0 || damaged * DAMAGE_RATIO > bytes.length || letters < damaged * 10) return;
  const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
  throw new Error(
    `${fileName}:${line}: the file is UTF-8 but for ${damaged} invalid byte${damaged === 1 ? '' : 's'}, the first on this line; ` +
      `retype the damaged letters (shown as \uFFFD when the file is opened as UTF-8) or export the plan's text again`,
  );
}

/** Rejects text that is blank or full of control characters (a binary file that decoded). */
function checkText(text: string, fileName: string): void {
  if (text.trim() === '') throw new Error(`${fileName}: the file holds only blank space; export the plan's text again`);
  const controls = text.match(CONTROL)?.length ?? 0;
  if (text.includes('\u0000') || controls > text.length / 100) {
    throw new Error(
      `${fileName}: the file holds ${controls} control characters, so it is binary (a PDF, Word or image file?), ` +
        `not text; save the plan's text as a .txt file and import that`,
    );
  }
}
