import { describe, expect, it } from 'vitest';
import { buildLanguageModel } from '../../../src/lib/ocr/language-model.ts';
import { DEFAULT_REPAIR_OPTIONS, repairText } from '../../../src/lib/ocr/repair.ts';

const model = buildLanguageModel(Array.from({ length: 20 }, () => 'Bảo đảm quyền lợi của cán bộ và quyền làm chủ của nhân dân.'));

describe('repairText restricted to the words Tesseract doubted', () => {
  it('repairs a doubted word the model knows better', () => {
    const repaired = repairText('Bảo đảm quyên lợi của cán bộ.', model, DEFAULT_REPAIR_OPTIONS, (t) => (t === 'quyên' ? 40 : undefined));
    expect(repaired.text).toBe('Bảo đảm quyền lợi của cán bộ.');
    expect(repaired.changedTokens).toBe(1);
  });

  it('keeps a word read with confidence, even one the model would change', () => {
    const unrestricted = repairText('Bảo đảm quyên lợi của cán bộ.', model);
    expect(unrestricted.text).toBe('Bảo đảm quyền lợi của cán bộ.');
    const repaired = repairText('Bảo đảm quyên lợi của cán bộ.', model, DEFAULT_REPAIR_OPTIONS, () => undefined);
    expect(repaired.text).toBe('Bảo đảm quyên lợi của cán bộ.');
    expect(repaired.changedTokens).toBe(0);
  });
});
