import { describe, expect, it } from 'vitest';
import { alignTokens, parallelPairs } from '../../../src/lib/ocr/align.ts';

const costOf = (a: string[], b: string[]) => (i: number, j: number): number =>
  a[i] === b[j] ? 0 : a[i]?.[0] === b[j]?.[0] ? 0.5 : Infinity;

describe('alignTokens', () => {
  it('pairs equal and alike tokens and skips the extra ones on either side', () => {
    const a = ['thong', 'tin', 'd6i', 'ngoai', 'moi'];
    const b = ['thong', 'tin', 'doi', 'noi', 'ngoai'];
    expect(alignTokens(a.length, b.length, costOf(a, b))).toEqual([
      { a: 0, b: 0 }, { a: 1, b: 1 }, { a: 2, b: 2 }, { a: 3, b: 4 },
    ]);
  });

  it('never pairs tokens whose cost is Infinity', () => {
    expect(alignTokens(1, 1, () => Infinity)).toEqual([]);
  });
});

describe('parallelPairs', () => {
  it('drops a pair without enough alike neighbours', () => {
    const pairs = [0, 1, 2, 3, 4, 20].map((k) => ({ a: k, b: k }));
    expect(parallelPairs(pairs, () => true, 2, 2).map((p) => p.a)).toEqual([0, 1, 2, 3, 4]);
  });
});
