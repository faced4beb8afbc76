import { describe, expect, it } from 'vitest';
import { bigramCost, buildLanguageModel, tokenKey, unigramCost } from '../../../src/lib/ocr/language-model.ts';

describe('buildLanguageModel', () => {
  const model = buildLanguageModel(['Thông tin đối ngoại. Thông tin đối nội', 'Hoà bình 2024']);

  it('counts canonical syllables, numbers as <num>, and pairs within a sentence', () => {
    expect(model.unigrams).toEqual({ thông: 2, tin: 2, đối: 2, ngoại: 1, nội: 1, hòa: 1, bình: 1, '<num>': 1 });
    expect(model.bigrams['thông tin']).toBe(2);
    expect(model.bigrams['<s> thông']).toBe(2);
    expect(model.bigrams['ngoại thông']).toBeUndefined();
    expect(model.total).toBe(11);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('makes a seen pair cheaper than an unseen one and a seen word cheaper than an unseen one', () => {
    expect(bigramCost(model, 'thông', 'tin')).toBeLessThan(bigramCost(model, 'thông', 'ngoại'));
    expect(unigramCost(model, 'tin')).toBeLessThan(unigramCost(model, 'tín'));
    expect(Number.isFinite(unigramCost(model, 'nghiêng'))).toBe(true);
  });
});

describe('tokenKey', () => {
  it('keys words by canonical syllable, numbers as <num> and codes by their text', () => {
    expect(tokenKey({ text: 'Hoà', kind: 'word' })).toBe('hòa');
    expect(tokenKey({ text: '2024', kind: 'number' })).toBe('<num>');
    expect(tokenKey({ text: 'KL', kind: 'code' })).toBe('KL');
  });
});
