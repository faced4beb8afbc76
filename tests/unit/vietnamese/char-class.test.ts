import { describe, expect, it } from 'vitest';
import { IN_CLASS, NOT_IN_CLASS, SURROGATE, unitClassifier } from '../../../src/lib/vietnamese/char-class.ts';

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
