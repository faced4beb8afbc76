/** Text prepared for matching labels and phrases: folded (no diacritics, đ → d, lower case), same length as the input. */

// TODO(vietnamese): use the VN helper's folding from src/lib/vietnamese/ once it is committed; this
// stand-in keeps one character per character so that matches can be sliced out of the original.
/** Folds NFC Vietnamese text for matching, keeping the string's length and offsets. */
export function foldForMatching(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const base = char.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    out += base === 'đ' ? 'd' : base.length === char.length ? base : char.toLowerCase();
  }
  return out;
}
