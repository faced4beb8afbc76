import { describe, expect, it } from 'vitest';
import { channelCost, readingCost, splitLetter } from '../../../src/lib/ocr/confusions.ts';

describe('splitLetter', () => {
  it('splits a stacked letter into base, vowel mark and tone', () => {
    expect(splitLetter('ố')).toEqual({ base: 'o', mod: '\u0302', tone: '\u0301' });
    expect(splitLetter('đ')).toEqual({ base: 'd', mod: 'bar', tone: '' });
    expect(splitLetter('a')).toEqual({ base: 'a', mod: '', tone: '' });
  });
});

describe('readingCost', () => {
  it('makes a lost mark cheap and an invented mark dear', () => {
    expect(readingCost('o', 'ô')).toBeCloseTo(0.1);
    expect(readingCost('o', 'ò')).toBeCloseTo(0.05);
    expect(readingCost('ô', 'o')).toBeCloseTo(0.5);
  });

  it('knows the typical OCR readings of marked letters', () => {
    expect(readingCost('6', 'ố')).toBeCloseTo(0.2);
    expect(readingCost('w', 'ư')).toBeCloseTo(0.3);
    expect(readingCost('p', 'đ')).toBeCloseTo(0.3);
    expect(readingCost('ir', 'ứ')).toBeCloseTo(0.3);
  });

  it('refuses a reading OCR does not produce', () => {
    expect(readingCost('k', 'ư')).toBeUndefined();
  });
});

describe('channelCost', () => {
  it('prefers the syllable the OCR reading most likely came from', () => {
    expect(channelCost('d6i', 'đối')).toBeLessThan(channelCost('d6i', 'đêm'));
    expect(channelCost('1a', 'là')).toBeLessThan(1);
    expect(channelCost('pang', 'đảng')).toBeLessThan(1);
    expect(channelCost('chtrc', 'chức')).toBeLessThan(1);
  });

  it('counts a noise character and a lost letter', () => {
    expect(channelCost('tinhx', 'tinh')).toBeCloseTo(1);
    expect(channelCost('tin', 'tinh')).toBeCloseTo(1.2);
  });

  it('gives up beyond the limit', () => {
    expect(channelCost('xyz', 'nghiêng', 1)).toBe(Infinity);
  });
});
