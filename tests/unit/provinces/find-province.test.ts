import { describe, expect, it } from 'vitest';
import {
  findDistrict,
  findProvince,
  formerProvinces,
  placeNameKey,
  provinceNames,
  provinceNow,
  provincesAfter,
  provincesBefore,
} from '../../../src/lib/provinces/index.ts';

describe('province registry data', () => {
  it('holds 63 units before the merger and 34 after, each code once', () => {
    expect(provincesBefore).toHaveLength(63);
    expect(provincesAfter).toHaveLength(34);
    expect(new Set(provincesBefore.map((p) => p.code)).size).toBe(63);
    expect(new Set(provincesAfter.map((p) => p.code)).size).toBe(34);
  });

  it('maps every old unit to an existing new unit and leaves no new unit empty', () => {
    const after = new Set(provincesAfter.map((p) => p.code));
    for (const p of provincesBefore) expect(after.has(p.nowCode), p.name).toBe(true);
    for (const p of provincesAfter) expect(formerProvinces(p.code).length, p.name).toBeGreaterThan(0);
  });

  it('counts 6 centrally-run cities after the merger', () => {
    expect(provincesAfter.filter((p) => p.type === 'thành phố trực thuộc TW').map((p) => p.name)).toEqual([
      'Hà Nội', 'Hải Phòng', 'Huế', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ',
    ]);
  });

  it('gives no two names the same lookup key across different units', () => {
    const owner = new Map<string, string>();
    for (const p of provincesBefore) {
      for (const n of [p.name, ...p.aliases]) {
        const key = placeNameKey(n);
        expect(owner.get(key) ?? p.code, n).toBe(p.code);
        owner.set(key, p.code);
      }
    }
  });
});

describe('provinceNow', () => {
  it('moves the seven provinces that kept their name to their new code', () => {
    const kept: Array<[string, string, string]> = [
      ['10', 'Lào Cai', '15'],
      ['27', 'Bắc Ninh', '24'],
      ['45', 'Quảng Trị', '44'],
      ['64', 'Gia Lai', '52'],
      ['72', 'Tây Ninh', '80'],
      ['87', 'Đồng Tháp', '82'],
      ['89', 'An Giang', '91'],
    ];
    for (const [oldCode, name, newCode] of kept) {
      expect(provinceNow(oldCode)).toMatchObject({ code: newCode, name });
    }
  });

  it('puts Ninh Thuận (58) into Khánh Hòa (56) and Kon Tum (62) into Quảng Ngãi (51)', () => {
    expect(provinceNow('58')).toMatchObject({ code: '56', name: 'Khánh Hòa' });
    expect(provinceNow('62')).toMatchObject({ code: '51', name: 'Quảng Ngãi' });
  });

  it('puts Bình Dương and Bà Rịa - Vũng Tàu into Hồ Chí Minh (79)', () => {
    expect(provinceNow('74')?.name).toBe('Hồ Chí Minh');
    expect(provinceNow('77')?.name).toBe('Hồ Chí Minh');
  });

  it('returns undefined for a code that never existed', () => {
    expect(provinceNow('03')).toBeUndefined();
  });
});

describe('findProvince', () => {
  it('finds a province with or without prefix, case or diacritics', () => {
    for (const name of ['Quảng Ngãi', 'Tỉnh Quảng Ngãi', 'TỈNH QUẢNG NGÃI', 'quang ngai', 'QUANG NGAI']) {
      const match = findProvince(name);
      expect(match?.before?.code, name).toBe('51');
      expect(match?.after.code, name).toBe('51');
    }
  });

  it('ignores where the tone mark sits: Khánh Hoà and Khánh Hòa are one province', () => {
    expect(findProvince('Khánh Hoà')?.before?.code).toBe('56');
    expect(findProvince('Thanh Hoá')?.before?.code).toBe('38');
  });

  it('resolves Ninh Thuận before the merger and Khánh Hòa after it', () => {
    expect(findProvince('Ninh Thuận')).toMatchObject({ before: { code: '58' }, after: { code: '56', name: 'Khánh Hòa' } });
  });

  it('knows Thừa Thiên Huế by its former and current names', () => {
    for (const name of ['Thừa Thiên Huế', 'Tỉnh Thừa Thiên - Huế', 'Huế', 'Thành phố Huế']) {
      expect(findProvince(name), name).toMatchObject({ before: { code: '46' }, after: { code: '46', name: 'Huế' } });
    }
  });

  it('accepts both spellings of Bà Rịa - Vũng Tàu and the short names of Hồ Chí Minh', () => {
    expect(findProvince('Bà Rịa-Vũng Tàu')?.before?.code).toBe('77');
    expect(findProvince('Tỉnh Bà Rịa - Vũng Tàu')?.before?.code).toBe('77');
    for (const name of ['Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh', 'TP. HCM', 'TP.HCM', 'Sài Gòn']) {
      expect(findProvince(name)?.after.code, name).toBe('79');
    }
  });

  it('reads an ambiguous kept name as the old unit, since plans predate the merger', () => {
    expect(findProvince('Lào Cai')).toMatchObject({ before: { code: '10' }, after: { code: '15' } });
  });

  it('returns undefined for a name that is no province', () => {
    expect(findProvince('Sơn Hà')).toBeUndefined();
    expect(findProvince('')).toBeUndefined();
  });

  it('lists old and new names together for search aliases', () => {
    const names = provinceNames();
    expect(names).toContain('Ninh Thuận');
    expect(names).toContain('Khánh Hòa');
    expect(names).toContain('Huế');
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('findDistrict', () => {
  it('resolves the districts the seeds name to their provinces', () => {
    expect(findDistrict('Huyện Sơn Hà')).toMatchObject({ name: 'Sơn Hà', provinceCode: '51' });
    expect(findDistrict('Phan Rang - Tháp Chàm')).toMatchObject({ name: 'Phan Rang-Tháp Chàm', provinceCode: '58' });
    expect(findDistrict('THÀNH PHỐ PHAN RANG-THÁP CHÀM')?.provinceCode).toBe('58');
  });
});
