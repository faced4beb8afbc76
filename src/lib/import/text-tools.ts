/**
 * The Vietnamese text functions the importer needs, in one place.
 * TEMPORARY local versions until src/lib/vietnamese and src/lib/encoding land; then re-exports.
 */

/** Lower-cases and strips diacritics ("Đảng" → "dang"), keeping everything else. */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, (m) => (m === 'đ' ? 'd' : 'D')).toLowerCase();
}

/** NFC, Đ look-alikes, odd spaces. */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/[ÐƉ]/g, 'Đ')
    .replace(/[ðɖ]/g, 'đ')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '');
}

/** Decodes the bytes of a source file (UTF-8 only in this temporary version). */
export function decodeBytes(bytes: Uint8Array, _fileName: string): string {
  return normalizeText(new TextDecoder('utf-8').decode(bytes));
}

/** "Quảng Ngãi 254-KH/TU" → "quang-ngai-254-kh-tu". */
export function slugify(text: string): string {
  return foldDiacritics(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Canonical tone placement (old style "hoà" → "hòa", "uỷ" → "ủy"). */
export function canonicalTones(text: string): string {
  return text
    .normalize('NFC')
    .replace(/oà/g, 'òa').replace(/oá/g, 'óa').replace(/oả/g, 'ỏa').replace(/oã/g, 'õa').replace(/oạ/g, 'ọa')
    .replace(/uỷ/g, 'ủy').replace(/uý/g, 'úy').replace(/uỳ/g, 'ùy').replace(/uỹ/g, 'ũy').replace(/uỵ/g, 'ụy')
    .replace(/Uỷ/g, 'Ủy');
}

/** "256 - KH/TU" → "256-KH/TU". */
export function canonicalDocumentNumber(text: string): string {
  return text.replace(/\s+/g, '').replace(/đ/g, 'Đ').toUpperCase();
}

/** Whether a text looks like OCR output (few diacritics for Vietnamese). */
export function detectOcr(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  const marked = words.filter((w) => /[^\u0000-\u007F]/.test(w.normalize('NFC'))).length;
  return words.length > 50 && marked / words.length < 0.2;
}

/** A repair model built from clean texts (placeholder). */
export interface RepairModel {
  readonly kind: 'none';
}

/** Builds the repair model (placeholder). */
export function buildLanguageModel(_cleanTexts: string[]): RepairModel {
  return { kind: 'none' };
}

/** Repairs OCR text line by line (placeholder: identity). */
export function repairText(text: string, _model: RepairModel): string {
  return text;
}
