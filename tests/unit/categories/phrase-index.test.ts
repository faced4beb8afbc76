import { describe, expect, it } from 'vitest';
import { countPhrases, countString, phraseIndexOf } from '../../../src/lib/categories/phrase-index.ts';
import type { Category, Taxonomy } from '../../../src/lib/categories/taxonomy.ts';

const topic = (id: string, phrases: string[]): Category => ({
  id,
  label: id,
  description: id,
  kind: 'topic',
  headings: [],
  anchors: [],
  exclusive: false,
  phrases: phrases.map((phrase) => ({ phrase, weight: 1 })),
  threshold: 1,
});
const part: Category = { ...topic('part', []), kind: 'part', headings: ['muc dich'] };

describe('countPhrases', () => {
  const phrases = ['a', 'a a', 'a b', 'b a b', 'tuyen truyen', 'tuyen truyen doi ngoai', 'doi ngoai', 'a-b', ''];
  const taxonomy: Taxonomy = {
    headingWeight: 3,
    maxRepeats: 2,
    fallback: 'x',
    categories: [topic('x', phrases.slice(0, 4)), part, topic('y', phrases.slice(4))],
  };
  const index = phraseIndexOf(taxonomy);

  it('numbers the topic phrases in taxonomy order, once per taxonomy', () => {
    expect(index.size).toBe(phrases.length);
    expect(phraseIndexOf(taxonomy)).toBe(index);
  });

  it('counts as a search from the end of each match does, overlaps and nested phrases included', () => {
    const texts = ['', 'a', 'a a a', 'a a a a a', 'b a b a b', 'tuyen truyen doi ngoai va tuyen truyen', 'a b a b a a b'];
    for (const text of texts) {
      const counts = [...countPhrases(index, text)];
      expect(counts, text).toEqual(phrases.map((phrase) => countString(` ${text} `, phrase)));
    }
    expect([...countPhrases(index, 'a a a')].slice(0, 2)).toEqual([3, 1]);
  });

  it('agrees with the string search on random texts', () => {
    let seed = 3;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return Math.floor((seed / 2 ** 32) * n);
    };
    const words = ['a', 'b', 'tuyen', 'truyen', 'doi', 'ngoai', 'va'];
    for (let run = 0; run < 500; run += 1) {
      const text = Array.from({ length: next(12) }, () => words[next(words.length)]).join(' ');
      expect([...countPhrases(index, text)], text).toEqual(phrases.map((phrase) => countString(` ${text} `, phrase)));
    }
  });
});
