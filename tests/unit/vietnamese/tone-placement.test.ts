import { describe, expect, it } from 'vitest';
import { canonicalSpelling, canonicalTones } from '../../../src/lib/vietnamese/tone-placement.ts';

describe('canonicalTones', () => {
  it.each([
    ['hoà', 'hòa'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['khoẻ', 'khỏe'],
    ['thuỷ', 'thủy'],
    ['Huyện uỷ', 'Huyện ủy'],
    ['toà án', 'tòa án'],
  ])('moves the mark of the open syllable in "%s" to the traditional place: "%s"', (input, expected) => {
    expect(canonicalTones(input)).toBe(expected);
  });

  it('keeps marks that both styles place alike', () => {
    const text = 'hoàn thành, quyết định, người, khuya, giữ gìn, quả, thuở, chuyện, khuỷu';
    expect(canonicalTones(text)).toBe(text);
  });

  it.each([
    ['qủa', 'quả'],
    ['hiệu qủa', 'hiệu quả'],
    ['nghịêm', 'nghiệm'],
    ['lựơng', 'lượng'],
    ['mừơi', 'mười'],
  ])('moves a mark put on the wrong vowel: "%s" → "%s"', (input, expected) => {
    expect(canonicalTones(input)).toBe(expected);
  });

  it('keeps upper case', () => {
    expect(canonicalTones('HUYỆN UỶ SƠN HÀ')).toBe('HUYỆN ỦY SƠN HÀ');
    expect(canonicalTones('Uỷ ban')).toBe('Ủy ban');
  });

  it('accepts decomposed input and returns NFC', () => {
    expect(canonicalTones('Huyện uỷ'.normalize('NFD'))).toBe('Huyện ủy');
  });

  it('leaves numbers and words that are not Vietnamese syllables alone', () => {
    expect(canonicalTones('57-KL/TW 2024 UNESCO café')).toBe('57-KL/TW 2024 UNESCO café');
  });
});

describe('canonicalSpelling', () => {
  it('writes the i/y variants with y, keeping tone and case', () => {
    expect(canonicalSpelling('kĩ thuật, lí luận, quí, tỉ lệ, Mĩ, KĨ')).toBe('kỹ thuật, lý luận, quý, tỷ lệ, Mỹ, KỸ');
  });

  it('does not touch i after other onsets or inside longer syllables', () => {
    const text = 'phạm vi, chiến sĩ, kinh tế, lịch sử, khi, kiểm tra';
    expect(canonicalSpelling(text)).toBe(text);
  });

  it('also canonicalises tone placement', () => {
    expect(canonicalSpelling('Huyện uỷ Khánh Hoà')).toBe('Huyện ủy Khánh Hòa');
  });
});
