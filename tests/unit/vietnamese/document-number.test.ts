import { describe, expect, it } from 'vitest';
import {
  canonicalDocumentNumber,
  expandDocumentNumber,
  parseDocumentNumber,
} from '../../../src/lib/vietnamese/document-number.ts';

describe('parseDocumentNumber', () => {
  it('reads a Party number, number-KIND/ISSUER', () => {
    expect(parseDocumentNumber('Số 162-KH/HU')).toEqual({
      order: 'party', number: '162', year: undefined, kind: 'KH', issuer: ['HU'], canonical: '162-KH/HU',
    });
  });

  it('reads a state number, number/[year/]KIND-ISSUER', () => {
    expect(parseDocumentNumber('Quyết định số 123/QĐ-UBND ngày 5/3/2024')).toEqual({
      order: 'state', number: '123', year: undefined, kind: 'QĐ', issuer: ['UBND'], canonical: '123/QĐ-UBND',
    });
    expect(parseDocumentNumber('12/2024/NĐ-CP')?.canonical).toBe('12/2024/NĐ-CP');
  });

  it('finds nothing in dates, quarters and blank draft numbers', () => {
    expect(parseDocumentNumber('ngày 19/9/2023, quý III/2023')).toBeUndefined();
    expect(parseDocumentNumber('Số: -KH/HU')).toBeUndefined();
  });
});

describe('canonicalDocumentNumber', () => {
  it('removes spaces around the separators', () => {
    expect(canonicalDocumentNumber('Số 256 - KH/TU')).toBe('256-KH/TU');
    expect(canonicalDocumentNumber('254- KH / TU')).toBe('254-KH/TU');
    expect(canonicalDocumentNumber('45 / UBND - VX')).toBe('45/UBND-VX');
  });

  it('keeps mixed-case parts and Đ', () => {
    expect(canonicalDocumentNumber('số 76-HD/BTGTU, 05-CTr/ThU, 1989/QĐ-BGDĐT')).toBe('76-HD/BTGTU');
    expect(canonicalDocumentNumber('05-CTr/ThU')).toBe('05-CTr/ThU');
    expect(canonicalDocumentNumber('1989/QĐ-BGDĐT')).toBe('1989/QĐ-BGDĐT');
  });
});

describe('expandDocumentNumber', () => {
  it('spells out the kind and the issuer', () => {
    const party = parseDocumentNumber('162-KH/HU');
    const state = parseDocumentNumber('123/QĐ-UBND');
    if (!party || !state) throw new Error('expected both numbers to parse');
    expect(expandDocumentNumber(party)).toEqual(['Kế hoạch', 'Huyện ủy']);
    expect(expandDocumentNumber(state)).toEqual(['Quyết định', 'Ủy ban nhân dân']);
    expect(expandDocumentNumber({ ...party, issuer: ['TU'] })).toEqual(['Kế hoạch', 'Tỉnh ủy', 'Thành ủy']);
  });
});
