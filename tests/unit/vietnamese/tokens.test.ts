import { describe, expect, it } from 'vitest';
import { breaksContext, isCapsLine, tokenizeLine, tokenizeText } from '../../../src/lib/vietnamese/tokens.ts';

const kinds = (line: string): string[] => tokenizeLine(line).map((t) => `${t.text}:${t.kind}`);

describe('tokenizeLine', () => {
  it('keeps digits glued to letters in one word token', () => {
    expect(kinds('d6i ngoai 1a hi¢u')).toEqual(['d6i:word', 'ngoai:word', '1a:word', 'hi¢u:word']);
  });

  it('marks numbers, document numbers and dates so the repair leaves them alone', () => {
    expect(kinds('Két luan s6 57-KL/TW ngay 15/6/2023, quý III/2023')).toEqual([
      'Két:word', 'luan:word', 's6:word', '57:number', 'KL:code', 'TW:code', 'ngay:word',
      '15:number', '6:number', '2023:number', 'quý:word', 'III:code', '2023:number',
    ]);
  });

  it('treats capitals as abbreviations in running text and as words in a heading set in capitals', () => {
    expect(kinds('Ban Chi dao UBND tinh')).toEqual(['Ban:word', 'Chi:word', 'dao:word', 'UBND:abbreviation', 'tinh:word']);
    expect(kinds('I. MUC PICH, YEU CAU')).toEqual(['I:roman', 'MUC:word', 'PICH:word', 'YEU:word', 'CAU:word']);
  });

  it('keeps everything glued to a slash as a code and reads capitals that spell syllables as words', () => {
    expect(kinds('Noi nhan: T/M BAN THUONG VU (B/c)')).toEqual([
      'Noi:word', 'nhan:word', 'T:code', 'M:code', 'BAN:word', 'THUONG:word', 'VU:word', 'B:code', 'c:code',
    ]);
  });

  it('keeps a misread part number before its period as a roman numeral', () => {
    expect(kinds('Il. MUC TIEU')).toEqual(['Il:roman', 'MUC:word', 'TIEU:word']);
    expect(kinds('I1l. NOI DUNG')).toEqual(['I1l:roman', 'NOI:word', 'DUNG:word']);
  });

  it('records the offsets of each token in the line', () => {
    const [first, second] = tokenizeLine('- Tang cudng');
    expect(first).toMatchObject({ text: 'Tang', start: 2, end: 6 });
    expect(second).toMatchObject({ text: 'cudng', start: 7, end: 12 });
  });
});

describe('isCapsLine', () => {
  it('is true for a line mostly in capitals and false for running text', () => {
    expect(isCapsLine('KE HOACH')).toBe(true);
    expect(isCapsLine('Ban Thuong vu Tinh uy')).toBe(false);
  });
});

describe('breaksContext', () => {
  it('restarts the context after sentence punctuation or a blank line but not after a comma', () => {
    expect(breaksContext('. ')).toBe(true);
    expect(breaksContext('; ')).toBe(true);
    expect(breaksContext('\n\n')).toBe(true);
    expect(breaksContext(', ')).toBe(false);
    expect(breaksContext('\n')).toBe(false);
  });
});

describe('tokenizeText', () => {
  it('numbers the lines and carries the context across a hard wrap', () => {
    const { lines, tokens } = tokenizeText('thong tin d6i\nngoai. Tang');
    expect(lines).toEqual(['thong tin d6i', 'ngoai. Tang']);
    expect(tokens.map((t) => [t.text, t.line, t.breakBefore])).toEqual([
      ['thong', 0, true], ['tin', 0, false], ['d6i', 0, false], ['ngoai', 1, false], ['Tang', 1, true],
    ]);
  });
});
