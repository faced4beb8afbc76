// The public API of source-file decoding.
export { decodeBytes, guessUtf16 } from './decode-bytes.ts';
export type { DecodedText } from './decode-bytes.ts';
export { encodeLegacy, LEGACY_CODECS } from './legacy-encodings.ts';
export type { LegacyEncoding, TextEncodingName } from './legacy-encodings.ts';
