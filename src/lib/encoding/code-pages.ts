// Byte → character tables of the 8-bit code pages Vietnamese text was written in before Unicode.
// Generated from glibc iconv (VISCII, TCVN5712-1) and the WHATWG tables (windows-1252,
// windows-1258), checked by round-trip tests. Each table has 256 one-character entries.

const ASCII = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));

/** Bytes 0x80–0xFF of Windows-1252, the Western code page under VNI and in TCVN3's 0x80–0x9F. */
const W1252_HIGH =
  '\u20AC\u0081\u201Aƒ\u201E\u2026\u2020\u2021ˆ\u2030Š\u2039Œ\u008DŽ\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122š\u203Aœ\u009DžŸ' +
  '\u00A0\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9ª\u00AB\u00AC\u00AD\u00AE\u00AF\u00B0\u00B1\u00B2\u00B3\u00B4µ\u00B6\u00B7\u00B8\u00B9º\u00BB\u00BC\u00BD\u00BE\u00BF' +
  'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ\u00D7ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö\u00F7øùúûüýþÿ';

/** Bytes 0x80–0xFF of Windows-1258: base letters plus five combining tone marks. */
const W1258_HIGH =
  '\u20AC\u0081\u201Aƒ\u201E\u2026\u2020\u2021ˆ\u2030\u008A\u2039Œ\u008D\u008E\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u009A\u203Aœ\u009D\u009EŸ' +
  '\u00A0\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9ª\u00AB\u00AC\u00AD\u00AE\u00AF\u00B0\u00B1\u00B2\u00B3\u00B4µ\u00B6\u00B7\u00B8\u00B9º\u00BB\u00BC\u00BD\u00BE\u00BF' +
  'ÀÁÂĂÄÅÆÇÈÉÊË\u0300ÍÎÏĐÑ\u0309ÓÔƠÖ\u00D7ØÙÚÛÜƯ\u0303ßàáâăäåæçèéêë\u0301íîïđñ\u0323óôơö\u00F7øùúûüư\u20ABÿ';

/** Bytes 0x80–0xFF of VISCII (RFC 1456): precomposed letters in every position. */
const VISCII_HIGH =
  'ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲÕắằặấầẩậẽẹếềểễệốồổỗỠƠộờởịỰỨỪỬơớƯ' +
  'ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳĐứÒÓÔạỷừửÙÚỹỵÝỡưàáâãảăữẫèéêẻìíĩỉđựòóôõỏọụùúũủýợỮ';

/** VISCII also puts six capitals where C0 control characters are. */
const VISCII_C0: Record<number, string> = { 0x02: 'Ẳ', 0x05: 'Ẵ', 0x06: 'Ẫ', 0x14: 'Ỷ', 0x19: 'Ỹ', 0x1e: 'Ỵ' };

/**
 * Bytes 0xA0–0xFF of TCVN 5712 (TCVN3, the "ABC" fonts): lower-case letters, seven capitals
 * (Ă Â Ê Ô Ơ Ư Đ), five spacing tone marks and, in the gaps, the few capitals with tones that
 * VN1 puts there. Note 0xAD "ư", the soft hyphen of Windows-1252.
 */
const TCVN3_UPPER =
  '\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ';

/** A code page: the character of each of the 256 bytes. */
export type CodePage = readonly string[];

function withHigh(high: string, c0: Record<number, string> = {}): CodePage {
  const low = ASCII.map((ch, i) => c0[i] ?? ch);
  const table = [...low, ...high];
  if (table.length !== 256) throw new Error(`code page has ${table.length} entries, expected 256`);
  return table;
}

export const WINDOWS_1252: CodePage = withHigh(W1252_HIGH);
export const WINDOWS_1258: CodePage = withHigh(W1258_HIGH);
export const VISCII: CodePage = withHigh(VISCII_HIGH, VISCII_C0);
// TCVN3 files saved from Windows keep Windows-1252 punctuation (“ ” – …) in 0x80–0x9F.
export const TCVN3: CodePage = withHigh(W1252_HIGH.slice(0, 32) + TCVN3_UPPER);

/** Decodes bytes with a code page. */
export function decodeWithCodePage(bytes: Uint8Array, page: CodePage): string {
  let out = '';
  for (const byte of bytes) out += page[byte] ?? '';
  return out;
}

/** The byte of each character of a code page (first byte wins when a character repeats). */
export function reverseCodePage(page: CodePage): Map<string, number> {
  const map = new Map<string, number>();
  page.forEach((ch, byte) => {
    if (!map.has(ch)) map.set(ch, byte);
  });
  return map;
}
