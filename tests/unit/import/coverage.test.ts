import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCoverage, measureCoverage } from '../../../src/lib/import/coverage.ts';
import { importPlan } from '../../../src/lib/import/import-plan.ts';
import { toSourceLines } from '../../../src/lib/import/source-lines.ts';
import { normalizeText } from '../../../src/lib/vietnamese/index.ts';
import { words } from './seed-helpers.ts';

const path = 'tests/fixtures/import-resolution-programme/plan.txt';
const resolution = normalizeText(readFileSync(path, 'utf8'));
const importResolution = (text: string) => importPlan(text, { source: 'nq-45.txt', path, existing: null, repair: null });

describe('a Government resolution with an action programme attached after its signature', () => {
  const plan = importResolution(resolution);

  it('keeps every word of the programme in the body, none in the recipients', () => {
    expect(plan.warnings).toEqual([]);
    const programme = resolution.slice(resolution.indexOf('CHƯƠNG TRÌNH HÀNH ĐỘNG\n'));
    const body = new Set(words(plan.body));
    expect(words(programme).filter((w) => !body.has(w))).toEqual([]);
    expect(plan.meta.recipients).toHaveLength(6);
    expect(plan.meta.recipients.at(-1)).toBe('Lưu: VT, KGVX');
  });

  it('places at least 98 % of the source words (here all of them)', () => {
    const lines = toSourceLines(resolution);
    const coverage = measureCoverage(lines, new Set([1, 2, 3, 4, 5, 6, 7]), {
      fields: [plan.meta.type ?? '', plan.meta.title, plan.body, ...plan.meta.recipients, 'TM. CHÍNH PHỦ', 'Thủ tướng', 'Phạm Minh Chính'],
      letterhead: ['CHÍNH PHỦ', '45/NQ-CP', '2024-04-12', 'Hà Nội'],
    });
    expect(coverage.ratio).toBeGreaterThanOrEqual(0.98);
    expect(coverage.unplaced).toEqual([]);
    expect(coverage.words).toBe(words(resolution).length);
  });
});

describe('words the plan lost', () => {
  it('reports a line the closing dropped, at its source line', () => {
    const text = resolution.replace('Phạm Minh Chính\n', 'Phạm Minh Chính\nĐã ký số bởi Văn phòng Chính phủ, 12.04.2024 10:15\n');
    expect(importResolution(text).warnings).toEqual([
      { line: 33, message: 'words not placed in the plan: "Đã" "ký" "số" "bởi" "Văn" "phòng" "12" "04" "2024" "10" "15"' },
    ]);
  });

  it('names a whole line that is missing from the body', () => {
    const lines = toSourceLines('KẾ HOẠCH\nTuyên truyền biển đảo\nI. MỤC ĐÍCH\nNâng cao nhận thức của cán bộ.\nII. NHIỆM VỤ\nTổ chức hội nghị quán triệt.');
    const coverage = measureCoverage(lines, new Set(), {
      fields: ['Kế hoạch', 'Tuyên truyền biển đảo', '## I. MỤC ĐÍCH\n\nNâng cao nhận thức của cán bộ.\n\n## II. NHIỆM VỤ\n'],
      letterhead: [],
    });
    expect(coverage.unplaced).toEqual([{ line: 6, words: ['Tổ', 'chức', 'hội', 'nghị', 'quán', 'triệt'], whole: true, text: 'Tổ chức hội nghị quán triệt.' }]);
    expect(coverage.placed).toBe(19);
    expect(coverage.words).toBe(25);
  });

  it('does not excuse a dropped line by the same words elsewhere in another order', () => {
    const lines = toSourceLines('Ban Thường vụ Huyện ủy chỉ đạo.\nHuyện ủy Ban Thường vụ.');
    const coverage = measureCoverage(lines, new Set(), { fields: ['Ban Thường vụ Huyện ủy chỉ đạo.'], letterhead: [] });
    expect(coverage.unplaced).toEqual([]);
    const reversed = measureCoverage(toSourceLines('chỉ đạo Huyện ủy'), new Set(), { fields: ['Huyện ủy vụ chỉ đạo'], letterhead: [] });
    expect(reversed.unplaced).toEqual([]);
    const scattered = measureCoverage(toSourceLines('đạo Ban chỉ'), new Set(), { fields: ['Ban Thường vụ Huyện ủy chỉ đạo.'], letterhead: [] });
    expect(scattered.unplaced.map((u) => u.words)).toEqual([['đạo', 'Ban', 'chỉ']]);
  });

  it('counts the motto, a blank draft number and date, "Nơi nhận" and "(đã ký)" as placed', () => {
    const lines = toSourceLines('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: -KH/HU\nngày tháng năm 2022\nNơi nhận:\n(Đã ký)');
    const coverage = measureCoverage(lines, new Set([1, 2, 3, 4]), { fields: [], letterhead: [] });
    expect(coverage).toMatchObject({ ratio: 1, unplaced: [] });
  });

  it('fails the import below 98 %, naming the file and the lines not placed', () => {
    // As before the layout fix: the programme after the signature (lines 34–65) read as recipients and
    // dropped; its title line is excused by the same words in Điều 1.
    const plan = importResolution(resolution);
    const lines = toSourceLines(resolution);
    const beforeProgramme = plan.body.slice(0, plan.body.indexOf('## CHƯƠNG TRÌNH HÀNH ĐỘNG'));
    expect(() =>
      checkCoverage(path, lines, new Set([1, 2, 3, 4, 5, 6, 7]), {
        fields: [plan.meta.type ?? '', plan.meta.title, beforeProgramme, ...plan.meta.recipients, 'TM. CHÍNH PHỦ', 'Phạm Minh Chính'],
        letterhead: ['CHÍNH PHỦ', '45/NQ-CP', '2024-04-12', 'Hà Nội'],
      }),
    ).toThrow(
      `${path}: only 63.5 % of the source's words reached the plan (519 of 817; 98 % needed); not placed: lines 35–65. The importer did not understand this document's layout: nothing was written`,
    );
  });
});
