import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectOcr } from '../../../src/lib/ocr/detect.ts';

const fixture = (path: string): string => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');

describe('detectOcr', () => {
  it('detects a paragraph read by OCR from a scan', () => {
    const result = detectOcr(fixture('ocr-garbled/paragraph.txt'));
    expect(result.isOcr).toBe(true);
    expect(result.invalidShare).toBeGreaterThan(0.2);
  });

  it('does not flag a clean paragraph', () => {
    const result = detectOcr(fixture('ocr-clean/paragraph.txt'));
    expect(result.isOcr).toBe(false);
    expect(result.invalidShare).toBe(0);
  });

  it('ignores numbers, document numbers and abbreviations', () => {
    const result = detectOcr('Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của UBND tỉnh về công tác thông tin đối ngoại năm 2024 trong tình hình mới');
    expect(result.invalidShare).toBe(0);
    expect(result.words).toBe(20);
  });

  it('does not call a text of a few words OCR', () => {
    expect(detectOcr('d6i ngoai 1a').isOcr).toBe(false);
  });
});
