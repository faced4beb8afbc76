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
