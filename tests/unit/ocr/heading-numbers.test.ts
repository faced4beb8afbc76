import { describe, expect, it } from 'vitest';
import { restorePartNumbers } from '../../../src/lib/ocr/heading-numbers.ts';

describe('restorePartNumbers', () => {
  it('puts back a stroke Tesseract lost or added in a part number in capitals', () => {
    const ocr = 'I. MỤC ĐÍCH\n1. Nâng cao\nI. NỘI DUNG\ntext\nII. TỔ CHỨC THỰC HIỆN\nH. KHEN THƯỞNG';
    expect(restorePartNumbers(ocr)).toBe('I. MỤC ĐÍCH\n1. Nâng cao\nII. NỘI DUNG\ntext\nIII. TỔ CHỨC THỰC HIỆN\nIV. KHEN THƯỞNG');
  });

  it('leaves a numeral in running text, and a jump forward, as read', () => {
    expect(restorePartNumbers('I. MỤC ĐÍCH\nI. Nâng cao nhận thức\nIV. NHIỆM VỤ')).toBe('I. MỤC ĐÍCH\nI. Nâng cao nhận thức\nIV. NHIỆM VỤ');
  });
});
