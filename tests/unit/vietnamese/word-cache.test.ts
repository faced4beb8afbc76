import { describe, expect, it } from 'vitest';
import { cachedPerWord } from '../../../src/lib/vietnamese/word-cache.ts';

describe('cachedPerWord', () => {
  it('computes each distinct word once', () => {
    const seen: string[] = [];
    const upper = cachedPerWord((word) => { seen.push(word); return word.toUpperCase(); });
    expect(['xây', 'và', 'xây', 'chống', 'và'].map(upper)).toEqual(['XÂY', 'VÀ', 'XÂY', 'CHỐNG', 'VÀ']);
    expect(seen).toEqual(['xây', 'và', 'chống']);
  });

  it('stays right past its limit, computing again what it let go', () => {
    const seen: string[] = [];
    const upper = cachedPerWord((word) => { seen.push(word); return word.toUpperCase(); }, 2);
    expect(['a', 'b', 'c', 'a', 'c'].map(upper)).toEqual(['A', 'B', 'C', 'A', 'C']);
    // Full at "c": cleared, so "a" is computed again; "c" was kept after the clearing.
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});
