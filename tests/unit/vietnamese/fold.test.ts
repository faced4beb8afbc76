import { describe, expect, it } from 'vitest';
import { foldDiacritics, slugify } from '../../../src/lib/vietnamese/fold.ts';

describe('foldDiacritics', () => {
  it('removes stacked marks and lower-cases', () => {
    expect(foldDiacritics('ắ ấ ế ố ớ ứ ẮẤẾỐỚỨ')).toBe('a a e o o u aaeoou');
  });

  it('folds đ, Đ and their look-alikes to d', () => {
    expect(foldDiacritics('Đảng đoàn \u00D0 \u0189 \u00F0')).toBe('dang doan d d d');
  });

  it('drops every mark of a word in capitals or with a horn, as OCR tokens are compared', () => {
    expect(foldDiacritics('ĐẢNG')).toBe('dang');
    expect(foldDiacritics('người')).toBe('nguoi');
  });

  it('folds decomposed input like composed input', () => {
    expect(foldDiacritics('Xây dựng và chống'.normalize('NFD'))).toBe('xay dung va chong');
  });

  it('keeps the length of NFC text so that offsets carry over', () => {
    const text = '“Xây” và "chống" – HUYỆN ỦY, 57-KL/TW.';
    expect(foldDiacritics(text)).toBe('“xay” va "chong" – huyen uy, 57-kl/tw.');
    expect(foldDiacritics(text)).toHaveLength(text.length);
  });
});

describe('slugify', () => {
  it('makes a readable slug of letters, digits and hyphens', () => {
    expect(slugify('Quảng Ngãi 254-KH/TU 2024')).toBe('quang-ngai-254-kh-tu-2024');
    expect(slugify('  Sơn Hà: 162-KH/HU — Đảng bộ  ')).toBe('son-ha-162-kh-hu-dang-bo');
  });
});

describe('foldDiacritics on long and unusual text', () => {
  it('folds text longer than its working buffer', () => {
    const text = 'Đẩy mạnh tuyên truyền về Kết luận 57-KL/TW. '.repeat(500);
    expect(foldDiacritics(text)).toBe('day manh tuyen truyen ve ket luan 57-kl/tw. '.repeat(500));
  });

  it('folds astral characters and lone marks one character at a time', () => {
    expect(foldDiacritics('Ủy 𝐀 ban')).toBe('uy 𝐀 ban');
    expect(foldDiacritics('\u0301Ủy')).toBe('uy');
  });
});
