import { describe, expect, it } from 'vitest';
import { createTermTableBuilder, type TermSource } from '../../../src/lib/terms/build-term-table.ts';
import { hasLongerTerm, numberKey, termFrequency, termTableFromChunks, termTableOf, termTableToChunks } from '../../../src/lib/terms/term-table.ts';

/** A section with only the fields the table counts; the rest empty. */
function section(fields: Partial<TermSource>): TermSource {
  return {
    heading: '', documentHeading: '', breadcrumb: [], text: '', aliases: [], textOriginal: null, planTitle: '', planNumber: null,
    issuer: null, leadAgencies: [], agencies: [], deadline: null, ...fields,
  };
}

describe('createTermTableBuilder', () => {
  it('counts each folded word once per section, whatever its case, marks and field', () => {
    const builder = createTermTableBuilder('v1');
    builder.add(section({ heading: '1. Tuyên truyền', text: 'Tuyên truyền, tuyên truyền và TUYÊN TRUYỀN' }));
    builder.add(section({ text: 'Công tác tuyen truyen', breadcrumb: ['II. Nhiệm vụ'] }));
    builder.add(section({ planTitle: 'Kế hoạch', issuer: 'Tỉnh ủy Quảng Ngãi' }));
    const table = builder.result();
    expect(table.sections).toBe(3);
    expect(table.version).toBe('v1');
    expect(termFrequency(table, 'tuyen')).toBe(2);
    expect(termFrequency(table, 'truyen')).toBe(2);
    expect(termFrequency(table, 'nhiem')).toBe(1);
    expect(termFrequency(table, 'quang')).toBe(1);
    expect(termFrequency(table, 'qwertyzz')).toBe(0);
  });

  it('counts the OCR text, the aliases and the agencies, which the search also looks in', () => {
    const builder = createTermTableBuilder('v1');
    builder.add(section({ text: 'Ủy ban nhân dân', aliases: ['UBND'], textOriginal: 'Két luan', leadAgencies: ['Sở Nội vụ'] }));
    const table = builder.result();
    expect([termFrequency(table, 'ubnd'), termFrequency(table, 'ket'), termFrequency(table, 'noi')]).toEqual([1, 1, 1]);
  });

  it('counts a document number as a whole, in its canonical form, beside its words', () => {
    const builder = createTermTableBuilder('v1');
    builder.add(section({ text: 'Thực hiện Kết luận số 57-KL/TW và Kế hoạch 254 - KH/TU' }));
    builder.add(section({ text: 'Nghị quyết 57-NQ/TW; Quyết định 123/QĐ-UBND' }));
    const table = builder.result();
    expect(termFrequency(table, numberKey('57-KL/TW'))).toBe(1);
    expect(termFrequency(table, numberKey('254-KH/TU'))).toBe(1);
    expect(termFrequency(table, numberKey('57-NQ/TW'))).toBe(1);
    expect(termFrequency(table, '123/qd-ubnd')).toBe(1);
    // The words of the numbers are counted too: "57" is in both sections, "kl" in one.
    expect([termFrequency(table, '57'), termFrequency(table, 'kl'), termFrequency(table, 'tw')]).toEqual([2, 1, 2]);
  });

  it('gives the table of every section added so far at each call', () => {
    const builder = createTermTableBuilder('v1');
    builder.add(section({ text: 'một' }));
    expect(termFrequency(builder.result(), 'mot')).toBe(1);
    builder.add(section({ text: 'một hai' }));
    expect([termFrequency(builder.result(), 'mot'), termFrequency(builder.result(), 'hai')]).toEqual([2, 1]);
  });
});

describe('hasLongerTerm', () => {
  const table = termTableOf('v', 1, new Map([['tin', 3], ['tinh', 2], ['uy', 1]]));

  it('tells whether a key starts with a prefix and is longer than it', () => {
    expect(hasLongerTerm(table, 'ti')).toBe(true);
    expect(hasLongerTerm(table, 'tin')).toBe(true);
    expect(hasLongerTerm(table, 'tinh')).toBe(false);
    expect(hasLongerTerm(table, 'u')).toBe(true);
    expect(hasLongerTerm(table, 'v')).toBe(false);
  });
});

describe('termTableToChunks / termTableFromChunks', () => {
  it('stores a table as records and reads the same table back, in any order of records', () => {
    const frequencies = new Map<string, number>(Array.from({ length: 45_000 }, (_, i) => [`w${i}`, (i % 7) + 1] as const));
    frequencies.set('57-kl/tw', 4);
    const table = termTableOf('hash-1', 99, frequencies);
    const chunks = termTableToChunks(table);
    expect(chunks.map((chunk) => [chunk.id, chunk.part, chunk.parts])).toEqual([['terms-00000', 0, 3], ['terms-00001', 1, 3], ['terms-00002', 2, 3]]);
    const back = termTableFromChunks([...chunks].reverse());
    expect(back.version).toBe('hash-1');
    expect(back.sections).toBe(99);
    expect(back.frequencies).toEqual(frequencies);
    expect(back.keys).toEqual(table.keys);
  });

  it('stores an empty table as one empty record', () => {
    const back = termTableFromChunks(termTableToChunks(termTableOf('v', 0, new Map())));
    expect([back.sections, back.keys]).toEqual([0, []]);
  });

  it('refuses records of two versions or with a part missing', () => {
    const chunks = termTableToChunks(termTableOf('aaaaaaaaaaaaaaaa', 1, new Map(Array.from({ length: 25_000 }, (_, i) => [`w${i}`, 1] as const))));
    expect(() => termTableFromChunks([chunks[0]!])).toThrow("the term table's records are not one whole table (1 records, versions aaaaaaaaaaaa)");
    expect(() => termTableFromChunks([chunks[0]!, { ...chunks[1]!, version: 'bbbbbbbbbbbbbbbb' }]))
      .toThrow("the term table's records are not one whole table (2 records, versions aaaaaaaaaaaa, bbbbbbbbbbbb)");
    expect(() => termTableFromChunks([])).toThrow('the term table has no records');
  });
});
