// Case of a repaired token: the syllable is chosen in lower case, then takes the shape of what
// the scan showed (all capitals in a capitals heading, an initial capital, or lower case).

/** Gives a lower-case syllable the letter case of the OCR token it replaces. */
export function restoreCase(original: string, syllable: string): string {
  const letters = [...original].filter((ch) => /\p{L}/u.test(ch));
  const upper = letters.filter((ch) => /\p{Lu}/u.test(ch)).length;
  if (letters.length > 1 && upper === letters.length) return syllable.toUpperCase();
  const first = [...original][0] ?? '';
  if (/\p{Lu}/u.test(first)) return syllable.charAt(0).toUpperCase() + syllable.slice(1);
  return syllable;
}
