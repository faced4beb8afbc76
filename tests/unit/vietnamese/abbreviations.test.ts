import { describe, expect, it } from 'vitest';
import { abbreviationAliases, abbreviationSynonyms } from '../../../src/lib/vietnamese/abbreviations.ts';

describe('abbreviationAliases', () => {
  it('gives the long forms of the abbreviations in a distribution list', () => {
    expect(abbreviationAliases('- TT HĐND huyện, UBND huyện,\n- VPHU: CVP, PCVP, bộ phận tổng hợp')).toEqual([
      'Ủy ban nhân dân',
      'Hội đồng nhân dân',
      'Văn phòng Huyện ủy',
      'Chánh Văn phòng',
      'Phó Chánh Văn phòng',
    ]);
  });

  it('gives the abbreviation of a long form, whatever its tone placement or diacritics', () => {
    expect(abbreviationAliases('Uỷ ban nhân dân tỉnh và Ban Chỉ đạo')).toEqual(['UBND', 'BCĐ']);
    expect(abbreviationAliases('Uy ban nhan dan tinh')).toEqual(['UBND']);
  });

  it('reads abbreviations written without Đ, as OCR leaves them', () => {
    expect(abbreviationAliases('BCD cong tac TTDN')).toEqual(['Ban Chỉ đạo', 'thông tin đối ngoại']);
  });

  it('matches long forms across punctuation and line breaks, at the very start and end of the text', () => {
    expect(abbreviationAliases('“Ủy ban\nnhân dân”: …')).toEqual(['UBND']);
    expect(abbreviationAliases('(chính trị - xã hội)')).toEqual(['CT-XH']);
    expect(abbreviationAliases('Mặt trận Tổ quốc')).toEqual(['MTTQ']);
  });

  it('reads mixed-case and hyphenated capitals as they are written', () => {
    expect(abbreviationAliases('Ubnd, UBNDx, CT-XH, ĐBQH')).toEqual(['chính trị - xã hội', 'đại biểu Quốc hội']);
  });

  it('ignores lower-case look-alikes and ambiguous abbreviations', () => {
    expect(abbreviationAliases('btv, TT, CT, KT, CQ')).toEqual([]);
  });
});

describe('abbreviationSynonyms', () => {
  const synonyms = abbreviationSynonyms();

  it('maps each abbreviation to its long forms', () => {
    expect(synonyms['UBND']).toEqual(['Ủy ban nhân dân']);
    expect(synonyms['UBMTTQ']).toEqual(['Ủy ban Mặt trận Tổ quốc', 'Mặt trận Tổ quốc']);
  });

  it('maps long forms of up to 3 words back, and no longer ones', () => {
    expect(synonyms['Ban Chỉ đạo']).toEqual(['BCĐ']);
    expect(synonyms['Ban Thường vụ']).toEqual(['BTV']);
    expect(synonyms['Ủy ban nhân dân']).toBeUndefined();
    expect(Object.keys(synonyms).every((key) => key.split(/[\s-]+/).length <= 3)).toBe(true);
  });
});
