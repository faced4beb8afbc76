import { describe, expect, it } from 'vitest';
import { prepareSearchQuery } from '../../../src/lib/search/prepared-query.ts';
import { countUnitsInTable } from '../../../src/lib/search/query-plan.ts';
import { termTableOf } from '../../../src/lib/terms/term-table.ts';

describe('prepareSearchQuery', () => {
  it('parses a typed query once into its text, Telex form, units, exact units and terms', () => {
    const query = prepareSearchQuery('  “Xây” và -chống 57-KL/TW ');
    expect(query.typed).toBe('“Xây” và -chống 57-KL/TW');
    expect(query.text).toBe('"Xây" và chống 57-KL/TW');
    expect(query.telex).toBe('"xaay" vaf choongs 57-kl/tw');
    expect(query.marks).toBe(true);
    expect(query.units.map((unit) => unit.text)).toEqual(['"Xây"', 'và', 'chống', '57-KL/TW']);
    expect(query.exact).toEqual([{ text: '"Xây"', words: ['xaay'], phrase: true }]);
    expect(query.terms.map((term) => term.text)).toEqual(['xây', 'và', 'chống', '57', 'kl', 'tw']);
    // A space typed after the last word: it is finished.
    expect(query.lastIsPrefix).toBe(false);
  });

  it('takes the last word as possibly unfinished only without a mark and without a space after it', () => {
    expect(prepareSearchQuery('uy tín').lastIsPrefix).toBe(false);
    expect(prepareSearchQuery('uy tin').lastIsPrefix).toBe(true);
    expect(prepareSearchQuery('uy tin ').lastIsPrefix).toBe(false);
    expect(prepareSearchQuery('"uy tin"').lastIsPrefix).toBe(false);
    expect(prepareSearchQuery('uy tín').terms).toEqual([{ text: 'uy', exact: true }, { text: 'tín', exact: true }]);
  });

  it('prepares the empty query as no units and no terms', () => {
    const query = prepareSearchQuery('   ');
    expect([query.typed, query.text, query.units, query.terms, query.marks]).toEqual(['', '', [], [], false]);
  });

  it('refuses a text longer than the one limit, which the parameters tell the reader first', () => {
    expect(() => prepareSearchQuery('x'.repeat(1001))).toThrow('a query of 1001 characters is longer than the 1000 the site takes');
  });
});

describe('countUnitsInTable', () => {
  const table = termTableOf('v', 100, new Map([
    ['tuyen', 40], ['truyen', 35], ['quang', 12], ['ngai', 5], ['57', 9], ['kl', 6], ['tw', 30], ['57-kl/tw', 4], ['tin', 20], ['tinh', 50],
  ]));

  it('counts a word by its sections, a phrase by its rarest word, a number by the number itself', () => {
    const { counts, missing, unsure } = countUnitsInTable(prepareSearchQuery('tuyên truyền "Quảng Ngãi" 57-KL/TW ').units, table, false);
    expect(Object.fromEntries(counts)).toEqual({ 'tuyên': 40, 'truyền': 35, '"Quảng Ngãi"': 5, '57-KL/TW': 4 });
    expect(missing).toEqual([]);
    expect(unsure.map((unit) => unit.text)).toEqual(['"Quảng Ngãi"', '57-KL/TW']);
  });

  it('names a unit with a word the corpus nowhere has as missing, a phrase included', () => {
    const query = prepareSearchQuery('tuyên truyền "quảng xyz" abc ');
    expect(countUnitsInTable(query.units, table, false).missing.map((unit) => unit.text)).toEqual(['"quảng xyz"', 'abc']);
  });

  it('does not call missing a word of 8 letters and more, which a typo may match, nor an unfinished last word that starts a word', () => {
    const query = prepareSearchQuery('tuyen qwertyzz ti');
    const { counts, missing } = countUnitsInTable(query.units, table, query.lastIsPrefix);
    expect(missing).toEqual([]);
    expect([counts.get('qwertyzz'), counts.get('ti')]).toEqual([Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]);
    expect(countUnitsInTable(prepareSearchQuery('tuyen ti ').units, table, false).missing.map((unit) => unit.text)).toEqual(['ti']);
  });
});
