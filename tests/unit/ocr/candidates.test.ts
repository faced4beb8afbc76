import { describe, expect, it } from 'vitest';
import { candidatesFor } from '../../../src/lib/ocr/candidates.ts';

const syllables = (token: string): string[] => candidatesFor(token).map((c) => c.syllable);

describe('candidatesFor', () => {
  it('offers the syllables behind typical OCR damage', () => {
    expect(syllables('d6i')).toContain('đối');
    expect(syllables('1a')).toContain('là');
    expect(syllables('Pang')).toContain('đảng');
    expect(syllables('lwong')).toContain('lượng');
    expect(syllables('hi¢u')).toContain('hiệu');
    expect(syllables('giira')).toContain('giữa');
  });

  it('puts the token itself first when it is already a valid syllable', () => {
    expect(candidatesFor('thong')[0]).toEqual({ syllable: 'thong', cost: 0 });
  });

  it('lists candidates cheapest first', () => {
    const costs = candidatesFor('s6').map((c) => c.cost);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
  });

  it('returns nothing for a token far from every syllable', () => {
    expect(candidatesFor('9n511ﬁ')).toEqual([]);
  });
});
