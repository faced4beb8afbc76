// The 8-bit Vietnamese encodings the importer recognises, each with its decoder and encoder.
import { VISCII, WINDOWS_1258 } from './code-pages.ts';
import { decodeSingleByte, encodeSingleByte } from './single-byte.ts';
import { decodeTcvn3, encodeTcvn3 } from './tcvn3.ts';
import { decodeVni, encodeVni } from './vni.ts';

/** A legacy 8-bit encoding of Vietnamese. */
export type LegacyEncoding = 'tcvn3' | 'vni' | 'viscii' | 'windows-1258';

/** Every encoding decodeBytes may report. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding;

interface Codec {
  decode(bytes: Uint8Array): string;
  encode(text: string): Uint8Array;
}

/** The legacy codecs, in the order a tie between them is broken. */
export const LEGACY_CODECS: Record<LegacyEncoding, Codec> = {
  tcvn3: { decode: decodeTcvn3, encode: encodeTcvn3 },
  vni: { decode: decodeVni, encode: encodeVni },
  viscii: {
    decode: (bytes) => decodeSingleByte(bytes, VISCII),
    encode: (text) => encodeSingleByte(text, VISCII, 'VISCII'),
  },
  // Windows-1258 writes most toned letters as base letter + combining tone mark; decoding
  // composes them (NFC).
  'windows-1258': {
    decode: (bytes) => decodeSingleByte(bytes, WINDOWS_1258),
    encode: (text) => encodeSingleByte(text, WINDOWS_1258, 'Windows-1258'),
  },
};

/** Encodes text in a legacy Vietnamese encoding (for fixtures and tests); throws on a letter it lacks. */
export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
  return LEGACY_CODECS[encoding].encode(text);
}
