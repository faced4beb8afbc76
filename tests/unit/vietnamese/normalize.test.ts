import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/lib/vietnamese/normalize.ts';

describe('normalizeText', () => {
  it('composes decomposed marks, stacked ones included', () => {
    const nfd = 'ắ ấ ế ố ớ ứ Kết luận'.normalize('NFD');
    expect(nfd.length).toBeGreaterThan('ắ ấ ế ố ớ ứ Kết luận'.length);
    expect(normalizeText(nfd)).toBe('ắ ấ ế ố ớ ứ Kết luận');
  });

  it('turns the look-alikes Ð (U+00D0) and Ɖ (U+0189) into Đ and ð, ɖ into đ', () => {
    expect(normalizeText('\u00D0ảng \u0189ảng \u00F0oàn \u0256ội')).toBe('Đảng Đảng đoàn đội');
  });

  it('turns non-breaking and typographic spaces into plain spaces', () => {
    expect(normalizeText('Kế\u00A0hoạch\u2002số\u202F162\u3000năm\u2009nay')).toBe('Kế hoạch số 162 năm nay');
  });

  it('removes zero-width characters and a byte order mark', () => {
    expect(normalizeText('\uFEFFxây\u200B dựng\u200D\u2060')).toBe('xây dựng');
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(normalizeText('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });

  it('leaves spelling, case, tone placement and quotes as written', () => {
    const text = 'Huyện uỷ và Huyện ủy, hoá “xây” và "chống", hiệu qủa, 57-KL/TW';
    expect(normalizeText(text)).toBe(text);
  });
});
