import { describe, expect, it } from 'vitest';
import { answerFormat, withoutFormat } from '../../../src/lib/pages/answer-format.ts';

describe('answerFormat', () => {
  it('answers JSON unless HTML is asked for, and nothing for another value or two values', () => {
    expect(answerFormat(new URLSearchParams('q=x'))).toBe('json');
    expect(answerFormat(new URLSearchParams('q=x&format=html'))).toBe('html');
    expect(answerFormat(new URLSearchParams('format=json'))).toBe('json');
    expect(answerFormat(new URLSearchParams('format=xml'))).toBeNull();
    expect(answerFormat(new URLSearchParams('format=html&format=json'))).toBeNull();
  });

  it('leaves the search its own parameters', () => {
    expect(withoutFormat(new URLSearchParams('q=x&format=html&province=51')).toString()).toBe('q=x&province=51');
  });
});
