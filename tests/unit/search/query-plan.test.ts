import { describe, expect, it } from 'vitest';
import { chooseUnits, exactUnits, exactWords, foldedWords, hasEveryUnit, queryUnits, unitsToQuery } from '../../../src/lib/search/query-plan.ts';

describe('queryUnits', () => {
  it('keeps a quoted phrase and a document number whole, and folds their words', () => {
    expect(queryUnits('"xây và chống" kết luận 57-KL/TW')).toEqual([
      { text: '"xây và chống"', words: ['xay', 'va', 'chong'], phrase: true },
      { text: 'kết', words: ['ket'], phrase: false },
      { text: 'luận', words: ['luan'], phrase: false },
      { text: '57-KL/TW', words: ['57', 'kl', 'tw'], phrase: false },
    ]);
  });

  it('drops punctuation that carries no word', () => {
    expect(queryUnits('a , ; "" b').map((unit) => unit.text)).toEqual(['a', 'b']);
  });
});

describe('chooseUnits', () => {
  const sentence = 'Đẩy mạnh tuyên truyền quảng bá về đất nước quê hương con người Quảng Ngãi và Sơn Hà';

  it('sends a query of up to 10 words as it is', () => {
    const units = queryUnits('xây dựng kế hoạch');
    expect(chooseUnits(units, new Map())).toEqual({ sent: units, checked: [] });
  });

  it('sends the rarest units of a longer query, in the order typed, and leaves the rest to check', () => {
    const units = queryUnits(sentence);
    const counts = new Map([['Sơn', 14], ['Hà', 20], ['quê', 2], ['hương', 3], ['Ngãi', 12], ['Quảng', 30], ['quảng', 30], ['bá', 5], ['đất', 9], ['con', 11], ['người', 40]]);
    const choice = chooseUnits(units, counts);
    expect(unitsToQuery(choice.sent)).toBe('quảng bá đất quê hương con Quảng Ngãi Sơn Hà');
    expect(unitsToQuery(choice.checked)).toBe('Đẩy mạnh tuyên truyền về nước người và');
  });

  it('keeps a phrase together even when it alone is longer than 10 words', () => {
    const units = queryUnits(`"${sentence}" x`);
    const choice = chooseUnits(units, new Map([['x', 1]]));
    expect(choice.sent.map((unit) => unit.text)).toEqual(['x']);
    expect(chooseUnits(units, new Map([['x', 90], [`"${sentence}"`, 1]])).sent.map((unit) => unit.phrase)).toEqual([true]);
  });
});

describe('hasEveryUnit', () => {
  const words = foldedWords('Xây dựng và chống các quan điểm sai trái, thù địch');

  it('finds each word anywhere and a phrase only as consecutive words', () => {
    expect(hasEveryUnit(words, queryUnits('chong xay "quan điểm sai trái"'))).toBe(true);
    expect(hasEveryUnit(words, queryUnits('"xây chống"'))).toBe(false);
    expect(hasEveryUnit(words, queryUnits('xay tuyen'))).toBe(false);
  });
});

describe('exactUnits', () => {
  it('keeps the quoted units typed with marks, in their exact spelling, one spelling per tone placement', () => {
    expect(exactUnits(queryUnits('"xây" và "chống" "hoà bình" "xay dung"'))).toEqual([
      { text: '"xây"', words: ['xaay'], phrase: true },
      { text: '"chống"', words: ['choongs'], phrase: true },
      { text: '"hoà bình"', words: ['hoaf', 'binhf'], phrase: true },
    ]);
    expect(hasEveryUnit(exactWords('Nhanh chóng xây dựng'), exactUnits(queryUnits('"chống"')))).toBe(false);
    expect(hasEveryUnit(exactWords('Giữ vững hòa bình'), exactUnits(queryUnits('"hoà bình"')))).toBe(true);
  });
});
