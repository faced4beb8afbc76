// Where a tone mark goes. Two placements are in use and differ only in open syllables written
// oa, oe, uy ("hòa"/"hoà", "khỏe"/"khoẻ", "thủy"/"thuỷ"). The corpus and the official lists
// mostly write the traditional one, so that is the canonical placement here:
// 1. a vowel with its own modifier (ă â ê ô ơ ư) takes the mark (the last one: ươ → ơ);
// 2. otherwise, with a final consonant, the last vowel ("hoàn", "huýt");
// 3. otherwise three vowels: the middle one ("hoài", "khuỷu"); two: the first ("hòa", "mía");
// the u of qu and the i of gi belong to the onset ("quả", "già"), except in "gì", "gìn".

/** The five tone marks as combining characters: huyền, sắc, hỏi, ngã, nặng. */
export const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
const VOWEL = /[aăâeêioôơuưy]/u;
const MODIFIED_VOWEL = /[ăâêôơư]/u;
const ONSET = /^(ngh|ng|gh|gi|qu|ch|kh|nh|ph|th|tr|[bcdđghklmnpqrstvx])/u;

/** Splits a word into its toneless NFC spelling and the tone marks found on it, in order. */
export function splitTone(word: string): { toneless: string; marks: string[] } {
  const marks: string[] = [];
  let base = '';
  for (const ch of word.normalize('NFD')) {
    if (TONE_MARK.test(ch)) marks.push(ch);
    else base += ch;
  }
  return { toneless: base.normalize('NFC'), marks };
}

/** Index of the letter of a toneless syllable that carries the tone, traditional placement. */
export function toneIndex(toneless: string): number {
  const chars = [...toneless.toLowerCase()];
  const word = chars.join('');
  let onset = ONSET.exec(word)?.[0] ?? '';
  // "gì", "gìn", "qu…" without a following vowel: the i/u is the nucleus, not part of the onset.
  if ((onset === 'gi' || onset === 'qu') && !VOWEL.test(chars[2] ?? '')) onset = onset[0] ?? '';
  let end = onset.length;
  while (end < chars.length && VOWEL.test(chars[end] ?? '')) end++;
  const start = onset.length;
  if (end === start) return -1;
  for (let i = end - 1; i >= start; i--) if (MODIFIED_VOWEL.test(chars[i] ?? '')) return i;
  if (end < chars.length) return end - 1;
  const length = end - start;
  return length >= 3 ? start + 1 : start;
}

/** Puts a tone mark on a toneless word at its canonical place, keeping case ("hoa" + ̀ → "hòa"). */
export function placeTone(toneless: string, mark: string): string {
  if (mark === '') return toneless;
  const chars = [...toneless.normalize('NFC')];
  const at = toneIndex(toneless);
  const target = chars[at];
  if (target === undefined) return toneless;
  chars[at] = (target.normalize('NFD') + mark).normalize('NFC');
  return chars.join('');
}
