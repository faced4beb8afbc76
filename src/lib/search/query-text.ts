/**
 * The Vietnamese text functions the search uses, in one place.
 * TEMPORARY local versions until src/lib/vietnamese/ lands; then this file only re-exports.
 */

/** No diacritics, đ → d, lower case. */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').normalize('NFC').toLowerCase();
}

/** True when the text has a Vietnamese diacritic. */
export function hasDiacritics(text: string): boolean {
  return foldDiacritics(text) !== text.toLowerCase();
}

/** Curly quotes to straight ones, trimmed. */
export function prepareQuery(query: string): string {
  return query.normalize('NFC').replace(/[“”„‟]/g, '"').replace(/\s+/g, ' ').trim();
}

const toneKeys: Record<string, string> = { '\u0301': 's', '\u0300': 'f', '\u0309': 'r', '\u0303': 'x', '\u0323': 'j' };

/** Telex-like encoding: tone letter at the end of the syllable. */
export function queryToTelex(query: string): string {
  return query.toLowerCase().split(/(\s+)/).map((word) => {
    let tone = '';
    let out = '';
    for (const char of word.normalize('NFD')) {
      if (toneKeys[char]) tone = toneKeys[char];
      else if (char === '\u0302') out += out.at(-1) ?? '';
      else if (char === '\u0306') out += 'w';
      else if (char === '\u031b') out += 'w';
      else if (char === 'đ') out += 'dd';
      else out += char;
    }
    return out + tone;
  }).join('');
}
