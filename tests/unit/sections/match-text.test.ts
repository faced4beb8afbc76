import { describe, expect, it } from 'vitest';
import { foldForMatching, foldLines } from '../../../src/lib/sections/match-text.ts';

describe('foldLines', () => {
  it('folds each line as foldForMatching does, composed or decomposed', () => {
    const text = 'Đảng ủy\n\n– Thời gian: Quý III/2023';
    expect(foldLines(text)).toEqual(['dang uy', '', '– thoi gian: quy iii/2023']);
    expect(foldLines(text.normalize('NFD'))).toEqual(foldLines(text));
  });

  it('folds line by line when a lone mark makes the folding shorter', () => {
    const text = 'Đảng\n\u0301Ủy ban\nA';
    expect(foldLines(text)).toEqual(text.split('\n').map((line) => foldForMatching(line)));
    expect(foldLines(text)).toEqual(['dang', 'uy ban', 'a']);
  });
});
