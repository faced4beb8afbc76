import { describe, expect, it } from 'vitest';
import { extendNumberPath, readHeadingNumber } from '../../../src/lib/sections/heading-number.ts';

describe('readHeadingNumber', () => {
  it('reads roman parts with a dot or a dash', () => {
    expect(readHeadingNumber('III. NỘI DUNG THỰC HIỆN')).toEqual({ parts: ['III'], title: 'NỘI DUNG THỰC HIỆN' });
    expect(readHeadingNumber('I- MỤC ĐÍCH, YÊU CẦU')).toEqual({ parts: ['I'], title: 'MỤC ĐÍCH, YÊU CẦU' });
  });

  it('reads decimal numbers with or without a final dot', () => {
    expect(readHeadingNumber('2.4. Đẩy mạnh đấu tranh')).toEqual({ parts: ['2', '4'], title: 'Đẩy mạnh đấu tranh' });
    expect(readHeadingNumber('2.4 Đẩy mạnh')).toEqual({ parts: ['2', '4'], title: 'Đẩy mạnh' });
    expect(readHeadingNumber('2.1.1. Tuyên truyền')).toEqual({ parts: ['2', '1', '1'], title: 'Tuyên truyền' });
  });

  it('reads a lower-case letter with a parenthesis', () => {
    expect(readHeadingNumber('đ) Quán triệt')).toEqual({ parts: ['đ'], title: 'Quán triệt' });
  });

  it('does not take a document number, a word or a year for a heading number', () => {
    expect(readHeadingNumber('57-KL/TW và các chủ trương')).toBeNull();
    expect(readHeadingNumber('VI phạm')).toBeNull();
    expect(readHeadingNumber('Ủy ban nhân dân huyện')).toBeNull();
    expect(readHeadingNumber('2024 và những năm tiếp theo')).toBeNull();
    expect(readHeadingNumber('Mục tiêu')).toBeNull();
  });
});

describe('extendNumberPath', () => {
  it('appends a single part and drops the repeated parent number of a multi-part one', () => {
    expect(extendNumberPath(['III'], ['2'])).toEqual(['III', '2']);
    expect(extendNumberPath(['III', '2'], ['2', '4'])).toEqual(['III', '2', '4']);
    expect(extendNumberPath(['II', '2', '1'], ['2', '1', '1'])).toEqual(['II', '2', '1', '1']);
  });

  it('refuses a multi-part number that contradicts its decimal parent', () => {
    expect(extendNumberPath(['III', '2'], ['3', '1'])).toBeNull();
  });
});
