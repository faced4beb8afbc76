// VNI-Windows: Windows-1252 bytes in which a Vietnamese letter is a base letter followed by one
// "mark" byte (a + ù = á, a + á = ấ, o + â = ô) or a single byte (ô = ơ, ö = ư, ñ = đ, í/ì/æ/ó/ò
// = i with a tone, î = ỵ). The case of a mark byte follows its base letter.
import { WINDOWS_1252 } from './code-pages.ts';
import { describeChar } from './single-byte.ts';
import { reverseCodePage } from './code-pages.ts';

const GRAVE = '\u0300', ACUTE = '\u0301', HOOK = '\u0309', TILDE = '\u0303', DOT = '\u0323';
const CIRCUMFLEX = '\u0302', BREVE = '\u0306', HORN = '\u031B';
const TONES = [ACUTE, GRAVE, HOOK, TILDE, DOT] as const;

// Lower-case mark bytes (as Windows-1252 characters) in the order of TONES; '' = no tone.
const TONE_MARKS: Record<string, string> = { ù: ACUTE, ø: GRAVE, û: HOOK, õ: TILDE, ï: DOT };
const CIRCUMFLEX_MARKS: Record<string, string> = { â: '', á: ACUTE, à: GRAVE, å: HOOK, ã: TILDE, ä: DOT };
const BREVE_MARKS: Record<string, string> = { ê: '', é: ACUTE, è: GRAVE, ú: HOOK, ü: TILDE, ë: DOT };
// Single bytes that are whole letters.
const LETTERS: Record<string, string> = {
  ô: 'ơ', ö: 'ư', ñ: 'đ', í: 'í', ì: 'ì', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ',
  Ô: 'Ơ', Ö: 'Ư', Ñ: 'Đ', Í: 'Í', Ì: 'Ì', Æ: 'Ỉ', Ó: 'Ĩ', Ò: 'Ị', Î: 'Ỵ',
};
const TONE_BASES = /^[aeouyơưAEOUYƠƯ]$/u;

/** Decodes VNI-Windows bytes to NFC text. */
export function decodeVni(bytes: Uint8Array): string {
  let out = '';
  let base = ''; // the letter before, while it can still take a mark
  for (const byte of bytes) {
    const ch = WINDOWS_1252[byte] ?? '';
    const lower = ch.toLowerCase();
    let marks: string | undefined;
    if (base && TONE_BASES.test(base) && TONE_MARKS[lower] !== undefined) marks = TONE_MARKS[lower];
    else if (base && /^[aeoAEO]$/.test(base) && CIRCUMFLEX_MARKS[lower] !== undefined) {
      marks = CIRCUMFLEX + CIRCUMFLEX_MARKS[lower];
    } else if (base && /^[aA]$/.test(base) && BREVE_MARKS[lower] !== undefined) marks = BREVE + BREVE_MARKS[lower];
    if (marks !== undefined) {
      out += marks;
      base = '';
      continue;
    }
    const letter = LETTERS[ch] ?? ch;
    out += letter;
    base = letter;
  }
  return out.normalize('NFC');
}

const REVERSE_1252 = reverseCodePage(WINDOWS_1252);
const MARK_BYTES: Record<string, string[]> = {
  // tone → [mark byte after a plain vowel, after circumflex, after breve, i with the tone]
  '': ['', 'â', 'ê', 'i'],
  [ACUTE]: ['ù', 'á', 'é', 'í'],
  [GRAVE]: ['ø', 'à', 'è', 'ì'],
  [HOOK]: ['û', 'å', 'ú', 'æ'],
  [TILDE]: ['õ', 'ã', 'ü', 'ó'],
  [DOT]: ['ï', 'ä', 'ë', 'ò'],
};

/** Spells one NFC character as VNI characters (Windows-1252). */
function spellVni(ch: string): string {
  const nfd = ch.normalize('NFD');
  const base = nfd[0] ?? '';
  const rest = nfd.slice(1);
  const tone = TONES.find((t) => rest.includes(t)) ?? '';
  const modifier = rest.replace(tone, '');
  const upper = base !== base.toLowerCase();
  const cased = (s: string): string => (upper ? s.toUpperCase() : s);
  const marks = MARK_BYTES[tone] ?? [];
  if (/^[đĐ]$/u.test(ch)) return ch === 'đ' ? 'ñ' : 'Ñ';
  if (rest === '') return ch;
  if (modifier === HORN && /^[ouOU]$/.test(base)) {
    return cased(/^[oO]$/.test(base) ? 'ô' : 'ö') + (tone ? cased(marks[0] ?? '') : '');
  }
  if (modifier === CIRCUMFLEX && /^[aeoAEO]$/.test(base)) return base + cased(marks[1] ?? '');
  if (modifier === BREVE && /^[aA]$/.test(base)) return base + cased(marks[2] ?? '');
  if (modifier === '' && /^[iI]$/.test(base)) return cased(marks[3] ?? '');
  if (modifier === '' && /^[yY]$/.test(base) && tone === DOT) return cased('î');
  if (modifier === '' && /^[aeouyAEOUY]$/.test(base)) return base + cased(marks[0] ?? '');
  return ch;
}

/** Encodes text in VNI-Windows. */
export function encodeVni(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    for (const c of spellVni(ch)) {
      const byte = REVERSE_1252.get(c);
      if (byte === undefined) throw new Error(`VNI has no code for ${describeChar(ch)}`);
      bytes.push(byte);
    }
  }
  return Uint8Array.from(bytes);
}
