// Part numbers of an OCR'd plan read back into sequence. Tesseract drops or adds a stroke of a
// Roman numeral now and then ("III." read "II.", "II." read "I." or "H."), which would fold a
// part into the one before it. A heading in capitals whose numeral is one stroke off the next
// number of the sequence takes that number; any other numeral stays as read.

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
const HEADING = /^([IVXHl1]{1,5})(\s*[.\-–]\s*)(?=\p{Lu})(.*)$/u;

/** Edit distance of two short strings. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length] ?? 0;
}

const isCapsHeading = (rest: string): boolean => /\p{L}/u.test(rest) && rest === rest.toUpperCase();

/** Renumbers the Roman part headings of an OCR text where a numeral is one stroke off its place in the sequence. */
export function restorePartNumbers(text: string): string {
  let next = 0;
  return text
    .split('\n')
    .map((line) => {
      const match = HEADING.exec(line);
      if (!match || !isCapsHeading(match[3] ?? '')) return line;
      const read = (match[1] ?? '').replace(/[Hl1]/g, (c) => (c === 'H' ? 'II' : 'I'));
      const expected = ROMAN[next] ?? '';
      const at = ROMAN.indexOf(read);
      if (read === expected || (at >= 0 && at > next)) {
        next = (at >= 0 ? at : next) + 1;
        return read === match[1] ? line : `${read}${match[2]}${match[3]}`;
      }
      if (expected !== '' && distance(read, expected) === 1) {
        next += 1;
        return `${expected}${match[2]}${match[3]}`;
      }
      return line;
    })
    .join('\n');
}
