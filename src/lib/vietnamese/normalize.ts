// Decoding-level clean-up only: what a reader cannot see (composition, look-alike letters, odd
// spaces, invisible characters) is unified; spelling, case and tone placement are left as written.

const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
// Ð (U+00D0, Icelandic eth) and Ɖ (U+0189, African D) look exactly like Đ (U+0110) and come from
// fonts and OCR; their lower cases ð and ɖ stand for đ.
const D_LOOKALIKES = /[\u00D0\u0189]/g;
const d_LOOKALIKES = /[\u00F0\u0256]/g;

/** Unifies a decoded text: NFC, Đ look-alikes → Đ/đ, odd spaces → space, zero-width removed, CRLF → LF. */
export function normalizeText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACES, ' ')
    .normalize('NFC')
    .replace(D_LOOKALIKES, 'Đ')
    .replace(d_LOOKALIKES, 'đ');
}
