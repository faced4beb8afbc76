import { describe, expect, it } from 'vitest';
import { toSourceLines } from '../../../src/lib/import/source-lines.ts';
import { splitDocument } from '../../../src/lib/import/split-document.ts';

describe('a long source', () => {
  it('splits a document of 200,000 body lines, more than a spread call can pass, keeping every line', () => {
    const body = Array.from({ length: 200_000 }, (_, i) => `- Nhiệm vụ số ${i + 1}.`);
    const text = ['HUYỆN ỦY SƠN HÀ', 'Số 162-KH/HU', 'KẾ HOẠCH', 'thực hiện Kết luận số 57-KL/TW', '-----', ...body].join('\n');
    const parts = splitDocument(toSourceLines(text));
    expect(parts.type).toBe('Kế hoạch');
    expect(parts.body.length).toBe(200_000);
    expect(parts.body.at(-1)).toEqual({ text: '- Nhiệm vụ số 200000.', line: 200_005 });
  }, 30_000);
});
