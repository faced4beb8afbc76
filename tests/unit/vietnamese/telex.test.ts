import { describe, expect, it } from 'vitest';
import { fromTelex, toTelex } from '../../../src/lib/vietnamese/telex.ts';

describe('toTelex', () => {
  it('spells modifier letters Telex-style and puts the tone letter last', () => {
    expect(toTelex('chống')).toBe('choongs');
    expect(toTelex('ắ ấ ế ố ớ ứ đ')).toBe('aws aas ees oos ows uws dd');
    expect(toTelex('người xây dựng Đảng')).toBe('nguwowif xaay duwngj ddangr');
  });

  it('keeps chống and chồng apart', () => {
    expect(toTelex('chống')).not.toBe(toTelex('chồng'));
    expect(toTelex('chồng')).toBe('choongf');
  });

  it('gives one spelling for both tone placements', () => {
    expect(toTelex('hòa')).toBe('hoaf');
    expect(toTelex('hoà')).toBe('hoaf');
    expect(toTelex('Huyện uỷ')).toBe('huyeenj uyr');
    expect(toTelex('Huyện ủy')).toBe('huyeenj uyr');
  });

  it('gives one spelling for the i/y variants, the y form', () => {
    expect(toTelex('kĩ thuật')).toBe(toTelex('kỹ thuật'));
    expect(toTelex('kĩ')).toBe('kyx');
  });

  it('lower-cases upper case and decomposed input', () => {
    expect(toTelex('HUYỆN UỶ')).toBe('huyeenj uyr');
    expect(toTelex('Chống'.normalize('NFD'))).toBe('choongs');
  });

  it('passes numbers, document numbers, ASCII words and punctuation through lower-cased', () => {
    expect(toTelex('Kết luận số 57-KL/TW năm 2024 (UNESCO).')).toBe('keets luaanj soos 57-kl/tw nawm 2024 (unesco).');
  });

  it('keeps straight quotes for phrase queries', () => {
    expect(toTelex('"xây" và "chống"')).toBe('"xaay" vaf "choongs"');
  });

  it('encodes tokens at the very start and end, and around astral characters', () => {
    expect(toTelex('Đảng')).toBe('ddangr');
    expect(toTelex('\nỦy ban\n')).toBe('\nuyr ban\n');
    expect(toTelex('Ủy 𝐀 ban')).toBe('uyr 𝐀 ban');
  });
});

describe('fromTelex', () => {
  it('restores canonically spelled Vietnamese, which shows the encoding loses nothing else', () => {
    const text = 'tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại; “xây” và “chống”; ' +
      'bắt, lấy, kế, tố, mới, hứa, đi; khuya, giữ gìn, quốc, nghiêng, người, rượu, khuỷu, quý, hòa, ủy';
    expect(fromTelex(toTelex(text))).toBe(text);
  });

  it('leaves tokens that do not read as syllables alone', () => {
    expect(fromTelex('57-kl/tw 2024 unesco')).toBe('57-kl/tw 2024 unesco');
  });
});
