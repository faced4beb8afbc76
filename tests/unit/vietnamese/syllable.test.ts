import { describe, expect, it } from 'vitest';
import {
  canonicalSyllable,
  countVietnameseSyllables,
  isVietnameseSyllable,
  parseSyllable,
  syllableInventory,
} from '../../../src/lib/vietnamese/syllable.ts';

describe('isVietnameseSyllable', () => {
  it.each(['nghiêng', 'khuya', 'quốc', 'gì', 'giữa', 'ưu', 'oẳn', 'người', 'rượu', 'yêu', 'tuyết', 'giếng', 'Đảng'])(
    'accepts the valid syllable "%s"',
    (word) => expect(isVietnameseSyllable(word)).toBe(true),
  );

  it.each([
    ['ngie', 'ie is not a nucleus'],
    ['kă', 'ă needs a coda and k is only written before i, y, e, ê'],
    ['gha', 'gh is only written before i, e, ê'],
    ['ngha', 'ngh is only written before i, e, ê'],
    ['kat', 'c is written c before a'],
    ['cen', 'c is written k before e'],
    ['quo', 'qu takes no plain o'],
  ])('rejects "%s" (%s)', (word) => expect(isVietnameseSyllable(word)).toBe(false));

  it('accepts any tone on a nasal coda but only sắc and nặng on a stop coda', () => {
    expect(isVietnameseSyllable('chéng')).toBe(true);
    expect(isVietnameseSyllable('chèng')).toBe(true);
    expect(isVietnameseSyllable('cát')).toBe(true);
    expect(isVietnameseSyllable('cạch')).toBe(true);
    expect(isVietnameseSyllable('càt')).toBe(false);
    expect(isVietnameseSyllable('cảch')).toBe(false);
    expect(isVietnameseSyllable('hõp')).toBe(false);
  });

  it('accepts both tone placements in open oa, oe, uy syllables', () => {
    for (const word of ['hòa', 'hoà', 'thủy', 'thuỷ', 'khỏe', 'khoẻ', 'ủy', 'uỷ']) {
      expect(isVietnameseSyllable(word)).toBe(true);
    }
  });

  it('rejects a tone mark on the wrong vowel', () => {
    expect(isVietnameseSyllable('qủa')).toBe(false);
    expect(isVietnameseSyllable('nghịêm')).toBe(false);
    expect(isVietnameseSyllable('lựơng')).toBe(false);
    expect(isVietnameseSyllable('hòan')).toBe(false);
  });

  it('accepts both i and y spellings where usage varies', () => {
    for (const word of ['kỹ', 'kĩ', 'lý', 'lí', 'quý', 'quí', 'mỹ', 'mĩ']) expect(isVietnameseSyllable(word)).toBe(true);
  });

  it('rejects two tone marks on one syllable', () => {
    expect(isVietnameseSyllable('tóàn')).toBe(false);
  });

  it('is case-insensitive and accepts decomposed input', () => {
    expect(isVietnameseSyllable('HUYỆN')).toBe(true);
    expect(isVietnameseSyllable('ỦY')).toBe(true);
    expect(isVietnameseSyllable('chống'.normalize('NFD'))).toBe(true);
  });

  it('accepts OCR damage that happens to spell another valid syllable', () => {
    expect(isVietnameseSyllable('Két')).toBe(true);
  });

  it('rejects OCR damage and abbreviations', () => {
    for (const word of ['d6i', 'ciia', 'lwong', 'KL', 'TW', 'XIII', 'UBND']) {
      expect(isVietnameseSyllable(word)).toBe(false);
    }
  });
});

describe('parseSyllable', () => {
  it('splits a syllable into onset, glide, nucleus, coda and tone', () => {
    expect(parseSyllable('nghiêng')).toEqual({
      onset: 'ng', onsetSpelled: 'ngh', glide: '', nucleus: 'iê', coda: 'ng', tone: 'ngang', toneless: 'nghiêng',
    });
    expect(parseSyllable('Hoàng')).toEqual({
      onset: 'h', onsetSpelled: 'h', glide: 'o', nucleus: 'a', coda: 'ng', tone: 'huyen', toneless: 'hoang',
    });
    expect(parseSyllable('giữa')).toEqual({
      onset: 'gi', onsetSpelled: 'gi', glide: '', nucleus: 'ưa', coda: '', tone: 'nga', toneless: 'giưa',
    });
  });

  it('returns undefined for a word that is not a syllable', () => {
    expect(parseSyllable('Lênin')).toBeUndefined();
  });
});

describe('canonicalSyllable', () => {
  it('lower-cases a syllable and moves its tone mark to the traditional place', () => {
    expect(canonicalSyllable('Hoà')).toBe('hòa');
    expect(canonicalSyllable('UỶ')).toBe('ủy');
    expect(canonicalSyllable('quý')).toBe('quý');
    expect(canonicalSyllable('chống'.normalize('NFD'))).toBe('chống');
  });

  it('returns undefined for a word that is not a syllable', () => {
    expect(canonicalSyllable('qủa')).toBeUndefined();
  });
});

describe('syllableInventory', () => {
  const inventory = syllableInventory();

  it('holds between 14 000 and 22 000 distinct syllables', () => {
    expect(inventory.length).toBeGreaterThan(14_000);
    expect(inventory.length).toBeLessThan(22_000);
    expect(new Set(inventory).size).toBe(inventory.length);
  });

  it('writes tone marks in the traditional placement and NFC', () => {
    expect(inventory).toContain('hòa');
    expect(inventory).not.toContain('hoà');
    expect(inventory).toContain('ủy');
    expect(inventory).toContain('quốc');
    expect(inventory).toContain('nghiêng');
    expect(inventory.every((s) => s === s.normalize('NFC') && s === s.toLowerCase())).toBe(true);
  });

  it('contains only syllables the parser accepts', () => {
    expect(inventory.every((s) => isVietnameseSyllable(s))).toBe(true);
  });
});

describe('countVietnameseSyllables', () => {
  it('counts letter-only tokens and the valid ones among them', () => {
    expect(countVietnameseSyllables('Kết luận số 57-KL/TW về d6i ngoai')).toEqual({ valid: 5, total: 8 });
  });
});
