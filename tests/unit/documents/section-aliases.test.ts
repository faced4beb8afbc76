import { describe, expect, it } from 'vitest';
import { planAliases, sectionAliases } from '../../../src/lib/documents/section-aliases.ts';

describe('planAliases', () => {
  it('names a plan province before and after 1 July 2025', () => {
    expect(planAliases({ province: 'Ninh Thuận', provinceNow: 'Khánh Hòa' })).toEqual(['Ninh Thuận', 'Khánh Hòa']);
  });

  it('gives nothing for a plan without a province', () => {
    expect(planAliases({ province: null, provinceNow: null })).toEqual([]);
  });
});

describe('sectionAliases', () => {
  it('adds the abbreviation of a long form the text writes', () => {
    expect(sectionAliases('Ủy ban nhân dân huyện chỉ đạo.', [])).toContain('UBND');
  });

  it('adds the present-day province of a province the text mentions', () => {
    expect(sectionAliases('Quảng bá hình ảnh tỉnh Ninh Thuận ra bên ngoài.', [])).toEqual(expect.arrayContaining(['Ninh Thuận', 'Khánh Hòa']));
  });

  it('adds the plan province names to every section', () => {
    expect(sectionAliases('Tổ chức học tập.', ['Lâm Đồng'])).toEqual(['Lâm Đồng']);
  });
});
