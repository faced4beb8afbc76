import { describe, expect, it } from 'vitest';
import { restoreCase } from '../../../src/lib/ocr/case.ts';

describe('restoreCase', () => {
  it('copies all capitals, an initial capital, or lower case from the OCR token', () => {
    expect(restoreCase('PANG', 'đảng')).toBe('ĐẢNG');
    expect(restoreCase('Pang', 'đảng')).toBe('Đảng');
    expect(restoreCase('bang', 'đảng')).toBe('đảng');
    expect(restoreCase('1a', 'là')).toBe('là');
  });
});
