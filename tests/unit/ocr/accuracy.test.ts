import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureRepairAccuracy } from '../../../src/lib/ocr/accuracy.ts';
import { formatAccuracyTable } from '../../../src/lib/ocr/accuracy-table.ts';
import { placeNamesText } from '../../../src/lib/ocr/gazetteer.ts';
import { buildLanguageModel } from '../../../src/lib/ocr/language-model.ts';
import { repairText } from '../../../src/lib/ocr/repair.ts';

const seed = (name: string): string =>
  readFileSync(new URL(`../../../content/sources/${name}`, import.meta.url), 'utf8');

describe('measureRepairAccuracy', () => {
  it('scores a repair token for token against the reference', () => {
    const ocr = 'Thuc hién Két luan s6 57-KL/TW cua Bo Chinh tri vé tiép tuc nang cao chat luong';
    const reference = 'Thực hiện Kết luận số 57-KL/TW của Bộ Chính trị về tiếp tục nâng cao chất lượng';
    const result = measureRepairAccuracy(ocr, reference, reference);
    expect(result.alignedSyllables).toBe(16);
    expect(result.after).toEqual({ exact: 1, folded: 1 });
    expect(result.before.folded).toBeCloseTo(15 / 16);
    expect(result.before.exact).toBeCloseTo(1 / 16);
  });

  it('refuses a repair that does not keep the tokens in place', () => {
    expect(() => measureRepairAccuracy('thong tin', 'thông', 'thông tin')).toThrow(
      'repaired text has 1 tokens, the OCR text 2: the repair must change tokens in place',
    );
  });

  // Baseline reached when this test was written: 96.8 % exact, 98.4 % folded, 79.6 % aligned.
  it('restores seed 004 against seed 000 no worse than the committed baseline', () => {
    const model = buildLanguageModel([
      seed('001_07a092d0322db4f3.txt'),
      seed('002_77ca847e3468c6de.txt'),
      seed('003_e8b47874f182bd64.txt'),
      placeNamesText(),
    ]);
    const ocr = seed('004_5a6f970d50aca463.txt');
    const repaired = repairText(ocr, model);
    const result = measureRepairAccuracy(ocr, repaired.text, seed('000_9477ffea8052fa6f.txt'));
    expect(result.alignedShare).toBeGreaterThan(0.78);
    expect(result.before.folded).toBeLessThan(0.8);
    expect(result.after.exact).toBeGreaterThanOrEqual(0.965);
    expect(result.after.folded).toBeGreaterThanOrEqual(0.982);
    expect(formatAccuracyTable(result, repaired.changedTokens)).toContain('| repaired |');
  }, 120_000);
});
