// The one folding behind matching, highlighting and slugs. Folding works one character at a time
// so that, for NFC text, the folded string has the same length as the input and an index in one
// is an index in the other (highlighting relies on it).

const cache = new Map<string, string>();

/** Folds one character: no marks, đ → d, lower case; keeps its length when it can. */
function foldChar(ch: string): string {
  const known = cache.get(ch);
  if (known !== undefined) return known;
  let lower = ch.toLowerCase();
  if (lower.length !== ch.length) lower = ch;
  let folded = lower.normalize('NFD').replace(/\p{M}/gu, '');
  if (/^[đðɖ]$/u.test(lower) || /^[ĐÐƉ]$/u.test(ch)) folded = 'd';
  // A lone combining mark folds to nothing; anything else keeps its length.
  if (folded.length !== ch.length && !/^\p{M}$/u.test(ch)) folded = lower;
  cache.set(ch, folded);
  return folded;
}

// The folding of each UTF-16 unit that folds to one unit (almost all of them), filled on first
// use: unknown, or "several units" for a surrogate or a lone mark (the text then goes by foldChar).
const unknown = -1;
const notOneUnit = -2;
const unitTable = new Int32Array(0x10000).fill(unknown);
let scratch = new Uint16Array(1024);

function foldUnit(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return notOneUnit;
  const folded = foldChar(String.fromCharCode(code));
  return folded.length === 1 ? folded.charCodeAt(0) : notOneUnit;
}

/** Folds a text for matching: no diacritics, đ → d, lower case ("Đảng ủy" → "dang uy"). */
export function foldDiacritics(s: string): string {
  const text = s.normalize('NFC');
  const length = text.length;
  if (scratch.length < length) scratch = new Uint16Array(Math.max(length, scratch.length * 2));
  const units = scratch;
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    let folded = unitTable[code] ?? notOneUnit;
    if (folded === unknown) folded = unitTable[code] = foldUnit(code);
    if (folded === notOneUnit) return foldByCharacter(text);
    units[i] = folded;
  }
  return unitsToString(units, length);
}

/** Folds NFC text one code point at a time (astral characters, lone marks). */
function foldByCharacter(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

// No surrogate reaches it, so decoding is exact; ignoreBOM keeps a leading U+FEFF.
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** The string of the first `length` units: fromCharCode for short ones, the decoder (faster) for long ones. */
function unitsToString(units: Uint16Array, length: number): string {
  if (length <= 64) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  return utf16.decode(units.subarray(0, length));
}

/** Turns a text into a slug of [a-z0-9-] ("Quảng Ngãi 254-KH/TU" → "quang-ngai-254-kh-tu"). */
export function slugify(s: string): string {
  return foldDiacritics(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
