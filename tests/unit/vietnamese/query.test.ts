import { describe, expect, it } from 'vitest';
import { hasDiacritics, prepareQuery, queryToTelex } from '../../../src/lib/vietnamese/query.ts';

describe('prepareQuery', () => {
  it('turns curly quotes into straight ones so the phrase search works as typed', () => {
    expect(prepareQuery('“xây” và “chống”')).toBe('"xây" và "chống"');
    expect(prepareQuery('“xây” và "chống"')).toBe('"xây" và "chống"');
    expect(prepareQuery('„xây‟ ‘chống’ «kế hoạch»')).toBe('"xây" "chống" "kế hoạch"');
  });

  it('drops the last quote when one is unmatched', () => {
    expect(prepareQuery('"xây" và "chống')).toBe('"xây" và chống');
    expect(prepareQuery('“thông tin đối ngoại')).toBe('thông tin đối ngoại');
  });

  it('does not let a hyphen glued to a word negate it', () => {
    expect(prepareQuery('chính trị -xã hội')).toBe('chính trị xã hội');
    expect(prepareQuery('-chống "-xây"')).toBe('chống "xây"');
    expect(prepareQuery('chính trị – xã hội')).toBe('chính trị – xã hội');
  });

  it('keeps hyphens inside document numbers', () => {
    expect(prepareQuery('57-KL/TW 162-KH/HU')).toBe('57-KL/TW 162-KH/HU');
  });

  it('strips control characters and normalises marks and spaces', () => {
    expect(prepareQuery('xây\u0000\tdựng\u00A0 Ðảng'.normalize('NFD'))).toBe('xây dựng Đảng');
  });

  it('keeps a long pasted sentence to the 10 consecutive words with the most content words', () => {
    const q = 'và của các trong được là có cho với tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại';
    expect(prepareQuery(q)).toBe('tiếp tục nâng cao chất lượng hiệu quả công tác');
  });

  it('keeps a query of 10 words as typed', () => {
    const q = '"dĩ bất biến, ứng vạn biến" trong đối ngoại';
    expect(prepareQuery(q)).toBe(q);
  });

  it('gives the same result when applied twice', () => {
    for (const q of ['“xây” và "chống', 'chính trị -xã hội', 'và của các trong được là có cho với tiếp tục nâng cao chất lượng']) {
      expect(prepareQuery(prepareQuery(q))).toBe(prepareQuery(q));
    }
  });

  it('caps the length of a pasted text at the one limit of the site', () => {
    expect(prepareQuery('x'.repeat(1500)).length).toBe(1000);
  });
});

describe('queryToTelex', () => {
  it('encodes the prepared query with quotes kept and a space that stops prefix matching', () => {
    expect(queryToTelex('“xây” và “chống”')).toBe('"xaay" vaf "choongs" ');
    expect(queryToTelex('chông')).toBe('choong ');
    expect(queryToTelex('Huyện uỷ')).toBe(queryToTelex('Huyện ủy'));
  });
});

describe('hasDiacritics', () => {
  it('tells a query typed with marks from one typed without', () => {
    expect(hasDiacritics('xây và chống')).toBe(true);
    expect(hasDiacritics('đi')).toBe(true);
    expect(hasDiacritics('xay va chong')).toBe(false);
    expect(hasDiacritics('“xay” 57-KL/TW')).toBe(false);
    expect(hasDiacritics('chống'.normalize('NFD'))).toBe(true);
  });
});
