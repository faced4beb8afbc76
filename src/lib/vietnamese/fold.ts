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

/** Folds a text for matching: no diacritics, đ → d, lower case ("Đảng ủy" → "dang uy"). */
export function foldDiacritics(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) out += foldChar(ch);
  return out;
}

/** Turns a text into a slug of [a-z0-9-] ("Quảng Ngãi 254-KH/TU" → "quang-ngai-254-kh-tu"). */
export function slugify(s: string): string {
  return foldDiacritics(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
