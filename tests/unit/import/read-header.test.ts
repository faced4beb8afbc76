import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/lib/import/import-plan.ts';
import { readDocumentNumber, readHeader } from '../../../src/lib/import/read-header.ts';
import { splitOrganisations } from '../../../src/lib/import/read-organisations.ts';
import { repairExtraction } from '../../../src/lib/import/repair-extraction.ts';
import { toSourceLines } from '../../../src/lib/import/source-lines.ts';

const header = (text: string) => readHeader(toSourceLines(text));

describe('readHeader', () => {
  it('joins an issuer cut over lines and a place-date cut inside the place name', () => {
    expect(header('ỦY\nBAN NHÂN DÂN\nTỈNH HƯNG YÊN\n-------\n|\nSố: 28/CTr-UBND\n|\nHưng\nYên, ngày 18 tháng 02 năm 2022\n|')).toEqual({
      number: '28/CTr-UBND',
      date: '2022-02-18',
      place: 'Hưng Yên',
      issuerLine: 'ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN',
      parentLine: null,
      superiorLine: null,
      draft: false,
    });
  });

  it('reads a date cut after "ngày" or after the day', () => {
    expect(header('Số: 1/KH-UBND\nHải Dương, ngày\n07 tháng 3 năm 2025').date).toBe('2025-03-07');
    expect(header('Số: 1/KH-UBND\nBình Định, ngày 22\ntháng 02 năm 2024').date).toBe('2024-02-22');
    expect(header('Số: 1/KH-UBND\nngày 13\ntháng 6 năm 2024').date).toBe('2024-06-13');
  });

  it('cuts the mottos out of flattened table rows', () => {
    const facts = header('ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 983/KH-UBND | Tây Ninh, ngày 15 tháng 5 năm 2019 |');
    expect(facts).toMatchObject({ issuerLine: 'ỦY BAN NHÂN DÂN', number: '983/KH-UBND', place: 'Tây Ninh', date: '2019-05-15' });
  });

  it('reads the filled copy of a letterhead printed twice, and is no draft', () => {
    const facts = header('Số: 850/UBND Châu Thành, ngày 12 tháng 9 năm 2017\nSố: /UBND | ngày tháng năm 2017 |');
    expect(facts).toMatchObject({ number: '850/UBND', date: '2017-09-12', place: 'Châu Thành', draft: false });
  });

  it('joins the left column of two columns flattened into lines, the motto ending each line', () => {
    const facts = header('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN PHONG ĐIỀN Độc lập - Tự do - Hạnh phúc\nSố: 12/UBND Phong Điền, ngày 3 tháng 5 năm 2021');
    expect(facts).toMatchObject({ issuerLine: 'ỦY BAN NHÂN DÂN HUYỆN PHONG ĐIỀN', number: '12/UBND', place: 'Phong Điền', date: '2021-05-03' });
  });

  it('joins the left column of a table whose rows cut the issuer\'s name', () => {
    const facts = header('| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| TỈNH LÂM ĐỒNG | Độc lập - Tự do - Hạnh phúc |\n| Số: 8/KH-UBND | Lâm Đồng, ngày 2 tháng 3 năm 2024 |');
    expect(facts).toMatchObject({ issuerLine: 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', number: '8/KH-UBND', date: '2024-03-02' });
  });

  it('marks a blank number and date as a draft', () => {
    expect(header('Số: /KH-UBND\nTịnh Trà, ngày tháng năm 2024')).toMatchObject({ number: null, date: null, draft: true });
  });

  it('reads the Party parent and the committee under it, the motto on the same line', () => {
    const facts = header('BCH ĐẢNG BỘ TỈNH PHÚ YÊN ĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY ĐỒNG XUÂN\n*');
    expect(facts).toMatchObject({ parentLine: 'BCH ĐẢNG BỘ TỈNH PHÚ YÊN', issuerLine: 'HUYỆN ỦY ĐỒNG XUÂN' });
  });
});

describe('departments', () => {
  const issuer = (letterhead: string) =>
    importPlan(`${letterhead}\nKẾ HOẠCH\ntuyên truyền\nI. NỘI DUNG\nNội dung.\n`, { source: 'd.txt', path: 'd.txt', existing: null, repair: null }).meta;

  it('names a Party committee\'s board with its committee, of the committee\'s place', () => {
    expect(issuer('ĐẢNG BỘ TỈNH QUẢNG NGÃI\nHUYỆN ỦY SƠN HÀ\nBAN TUYÊN GIÁO\n*\nSố 12-KH/BTGHU')).toMatchObject({
      issuer: 'Ban Tuyên giáo Huyện ủy Sơn Hà',
      level: 'district',
      province: 'Quảng Ngãi',
    });
  });

  it('reads a provincial department of a People\'s Committee and a ministry\'s department as an agency', () => {
    expect(issuer('ỦY BAN NHÂN DÂN TỈNH GIA LAI\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\n-----\nSố: 5/KH-STTTT')).toMatchObject({
      issuer: 'Sở Thông tin và Truyền thông',
      level: 'province',
      province: 'Gia Lai',
    });
    expect(issuer('BỘ THÔNG TIN VÀ TRUYỀN THÔNG\nCỤC THÔNG TIN ĐỐI NGOẠI\n-----\nSố: 7/KH-TTĐN')).toMatchObject({
      issuer: 'Cục Thông tin đối ngoại',
      level: 'agency',
      province: null,
    });
  });
});

describe('splitOrganisations', () => {
  it('splits a ministry from its department, the department issuing', () => {
    expect(splitOrganisations('BỘ THÔNG TIN VÀ TRUYỀN THÔNG CỤC THÔNG TIN ĐỐI NGOẠI').map((o) => [o.role, o.text])).toEqual([
      ['parent', 'BỘ THÔNG TIN VÀ TRUYỀN THÔNG'],
      ['issuer', 'CỤC THÔNG TIN ĐỐI NGOẠI'],
    ]);
  });

  it('keeps a standing committee or an office of a committee as one name', () => {
    expect(splitOrganisations('BAN THƯỜNG VỤ TỈNH ỦY').map((o) => o.text)).toEqual(['BAN THƯỜNG VỤ TỈNH ỦY']);
    expect(splitOrganisations('THỦ TƯỚNG CHÍNH PHỦ').map((o) => [o.kind, o.text])).toEqual([['central', 'THỦ TƯỚNG CHÍNH PHỦ']]);
  });
});

describe('extraction repairs', () => {
  it('repairs numbers damaged by a PDF font or a lost hyphen', () => {
    expect(readDocumentNumber('Số 445-KL/TƯ')).toBe('445-KL/TU');
    expect(readDocumentNumber('Số: 1961/QĐUBND')).toBe('1961/QĐ-UBND');
    expect(readDocumentNumber('Số: 3478 /BTTTT-VP')).toBe('3478/BTTTT-VP');
  });

  it('turns escaped line breaks into lines and drops Word shape names and image placeholders', () => {
    expect(repairExtraction('a\\r\\nb\nstraight connector 2Số: 1\n![]() |')).toBe('a\nb\nSố: 1\n |');
  });
});
