import { describe, expect, it } from 'vitest';
import { IN_CLASS, NOT_IN_CLASS, SURROGATE, unitClassifier, unitRuns } from '../../../src/lib/vietnamese/char-class.ts';

describe('unitClassifier', () => {
  const word = unitClassifier(/[\p{L}\p{N}]/u);
  const code = (ch: string): number => ch.charCodeAt(0);

  it('classifies units as the pattern does, the same on the second look', () => {
    for (const ch of ['a', 'Đ', 'ỹ', '5', '中']) expect(word(code(ch)), ch).toBe(IN_CLASS);
    for (const ch of [' ', '-', '“', '\u0301', '\n']) expect(word(code(ch)), ch).toBe(NOT_IN_CLASS);
    expect(word(code('Đ'))).toBe(IN_CLASS);
  });

  it('reports surrogates, which only a whole code point can classify', () => {
    expect(word('𝐀'.charCodeAt(0))).toBe(SURROGATE);
    expect(word('𝐀'.charCodeAt(1))).toBe(SURROGATE);
  });
});

describe('unitRuns', () => {
  const word = unitClassifier(/[\p{L}\p{N}]/u);

  it('gives the ranges of the runs in the class, the same as the pattern finds them', () => {
    const text = '“Xây” và chống, 57-KL/TW';
    const runs = unitRuns(text, word) ?? [];
    const found: string[] = [];
    for (let r = 0; r < runs.length; r += 2) found.push(text.slice(runs[r], runs[r + 1]));
    expect(found).toEqual(text.match(/[\p{L}\p{N}]+/gu));
  });

  it('gives no runs for an empty text and null for a text with astral characters', () => {
    expect(unitRuns('', word)).toEqual([]);
    expect(unitRuns('chống 𝐀', word)).toBeNull();
  });
});
