// Character classes by UTF-16 unit, for scanning words by hand: Unicode property regular
// expressions are slow on long Vietnamese texts. Surrogates are reported as such, so that a caller
// can leave a text with astral characters to its regular expression.

/** What a unit is in a class: in it, not in it, or half of a surrogate pair. */
export const IN_CLASS = 1;
export const NOT_IN_CLASS = 2;
export const SURROGATE = 3;

/**
 * A classifier of UTF-16 units for a one-character pattern ("[\p{L}\p{N}]"), through a table
 * filled on first use of each unit.
 */
export function unitClassifier(charClass: RegExp): (code: number) => number {
  const table = new Uint8Array(0x10000);
  const whole = new RegExp(`^${charClass.source}$`, 'u');
  return (code: number): number => {
    const known = table[code] ?? 0;
    if (known !== 0) return known;
    const kind = code >= 0xd800 && code <= 0xdfff ? SURROGATE : whole.test(String.fromCharCode(code)) ? IN_CLASS : NOT_IN_CLASS;
    table[code] = kind;
    return kind;
  };
}

/**
 * The runs of a text's units that are in a class, as [start, end) pairs in one flat array; null
 * when the text holds a surrogate (astral characters: leave that text to the regular expression).
 */
export function unitRuns(text: string, inClass: (code: number) => number): number[] | null {
  const runs: number[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i += 1) {
    const kind = i < text.length ? inClass(text.charCodeAt(i)) : NOT_IN_CLASS;
    if (kind === SURROGATE) return null;
    if (kind === IN_CLASS) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      runs.push(start, i);
      start = -1;
    }
  }
  return runs;
}
