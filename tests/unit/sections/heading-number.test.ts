import { describe, expect, it } from 'vitest';
import { extendNumberPath, numberPathAnchor, readHeadingNumber } from '../../../src/lib/sections/heading-number.ts';

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

  it('reads an article, whatever follows it, as a number that starts its own path', () => {
    expect(readHeadingNumber('Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Kết luận số 57-KL/TW')).toEqual({
      parts: ['Điều 1'],
      title: 'Ban hành kèm theo Quyết định này Kế hoạch thực hiện Kết luận số 57-KL/TW',
      restarts: true,
    });
    expect(readHeadingNumber('ĐIỀU 12: Hiệu lực thi hành')).toMatchObject({ parts: ['Điều 12'], title: 'Hiệu lực thi hành' });
  });

  it('reads chapters, parts and capital letters', () => {
    expect(readHeadingNumber('Chương II. TRÁCH NHIỆM')).toEqual({ parts: ['Chương II'], title: 'TRÁCH NHIỆM' });
    expect(readHeadingNumber('CHƯƠNG III')).toEqual({ parts: ['Chương III'], title: '' });
    expect(readHeadingNumber('Phần thứ nhất. KẾT QUẢ THỰC HIỆN')).toEqual({ parts: ['Phần thứ nhất'], title: 'KẾT QUẢ THỰC HIỆN' });
    expect(readHeadingNumber('PHẦN THỨ HAI NHIỆM VỤ')).toEqual({ parts: ['Phần thứ hai'], title: 'NHIỆM VỤ' });
    expect(readHeadingNumber('A- NHỮNG THÀNH TỰU ĐẠT ĐƯỢC')).toEqual({ parts: ['A'], title: 'NHỮNG THÀNH TỰU ĐẠT ĐƯỢC' });
  });

  it('does not take "Chương trình" or "Phần việc" for a chapter or a part', () => {
    expect(readHeadingNumber('CHƯƠNG TRÌNH HÀNH ĐỘNG')).toBeNull();
    expect(readHeadingNumber('Phần việc còn lại')).toBeNull();
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

describe('numberPathAnchor', () => {
  it('folds each part and joins them with dashes', () => {
    expect(numberPathAnchor(['III', '2', '4'])).toBe('iii-2-4');
    expect(numberPathAnchor(['Điều 3', '1', 'a'])).toBe('dieu-3-1-a');
    expect(numberPathAnchor(['Phần thứ nhất', 'A'])).toBe('phan-thu-nhat-a');
  });

  it('writes đ as dd so that d) and đ) differ', () => {
    expect(numberPathAnchor(['2', 'd'])).toBe('2-d');
    expect(numberPathAnchor(['2', 'đ'])).toBe('2-dd');
  });
});
