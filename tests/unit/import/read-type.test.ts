import { describe, expect, it } from 'vitest';
import { readAttachedTo, readTypeHead, typeFromNumber, typeFromOpening } from '../../../src/lib/import/read-type.ts';

describe('readTypeHead', () => {
  it('reads a type line on its own', () => {
    expect(readTypeHead('KẾ HOẠCH')).toEqual({ type: 'Kế hoạch', rest: '' });
  });

  it('prefers the longest type: a programme of action over a programme', () => {
    expect(readTypeHead('CHƯƠNG TRÌNH HÀNH ĐỘNG')).toEqual({ type: 'Chương trình hành động', rest: '' });
    expect(readTypeHead('CHƯƠNG TRÌNH')).toEqual({ type: 'Chương trình', rest: '' });
  });

  it('keeps the words after the type as the title: "KẾ HOẠCH HÀNH ĐỘNG …" is a Kế hoạch', () => {
    expect(readTypeHead('KẾ HOẠCH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT SỐ 11/NQ-CP')).toEqual({
      type: 'Kế hoạch',
      rest: 'HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT SỐ 11/NQ-CP',
    });
  });

  it('reads the type with its number and title on the same line', () => {
    expect(readTypeHead('KẾ HOẠCH số 45/KH-UBND triển khai Kết luận số 57-KL/TW')).toEqual({
      type: 'Kế hoạch',
      rest: 'số 45/KH-UBND triển khai Kết luận số 57-KL/TW',
    });
  });

  it('reads a type whose letters a PDF split or an OCR unmarked', () => {
    expect(readTypeHead('K ÉT LUẬN')?.type).toBe('Kết luận');
    expect(readTypeHead('THONG TU')?.type).toBe('Thông tư');
    expect(readTypeHead('QUY CHẾ LÀM VIỆC')).toEqual({ type: 'Quy chế', rest: 'LÀM VIỆC' });
  });

  it('does not take "QUYẾT ĐỊNH:" before the articles, or running text, for a type line', () => {
    expect(readTypeHead('QUYẾT ĐỊNH:')).toBeNull();
    expect(readTypeHead('Kế hoạch này được phổ biến đến cán bộ')).toBeNull();
  });

  it('reads a sentence-case type only where asked (a web copy that starts at its title)', () => {
    expect(readTypeHead('Kế hoạch thực hiện Kết luận số 57-KL/TW', true)).toEqual({
      type: 'Kế hoạch',
      rest: 'thực hiện Kết luận số 57-KL/TW',
    });
  });
});

describe('typeFromNumber', () => {
  it('reads the kind code of state and Party numbers', () => {
    expect(typeFromNumber('983/KH-UBND')).toBe('Kế hoạch');
    expect(typeFromNumber('28/CTr-UBND')).toBe('Chương trình');
    expect(typeFromNumber('274/CT-BVHTTDL')).toBe('Chỉ thị');
    expect(typeFromNumber('22/2016/TT-BTTTT')).toBe('Thông tư');
    expect(typeFromNumber('445-KL/TU')).toBe('Kết luận');
    expect(typeFromNumber('1961/QĐ-UBND')).toBe('Quyết định');
  });

  it('reads a number that starts with its issuer as a letter', () => {
    expect(typeFromNumber('1551/UBND-VX')).toBe('Công văn');
    expect(typeFromNumber('3478/BTTTT-VP')).toBe('Công văn');
    expect(typeFromNumber('850/UBND')).toBe('Công văn');
  });

  it('gives no type for the Party\'s QĐ, which is a Quyết định or a Quy định', () => {
    expect(typeFromNumber('97-QĐ/TW')).toBeNull();
    expect(typeFromNumber(null)).toBeNull();
  });
});

describe('typeFromOpening and readAttachedTo', () => {
  it('reads what an opening says it issues', () => {
    expect(typeFromOpening('UBND tỉnh xây dựng Kế hoạch hành động thực hiện Chương trình')).toBe('Kế hoạch');
    expect(typeFromOpening('Ủy ban nhân dân tỉnh chỉ đạo như sau')).toBeNull();
  });

  it('reads the number and date of the decision a document is attached to', () => {
    expect(readAttachedTo('(Ban hành kèm theo Quyết định số: 59/QĐ-UBND Ngày 22 tháng 7 năm 2021 của UBND xã)')).toEqual({
      number: '59/QĐ-UBND',
      date: '2021-07-22',
    });
    expect(readAttachedTo('Ban hành kèm theo Quyết định này Kế hoạch thực hiện')).toBeNull();
  });
});
