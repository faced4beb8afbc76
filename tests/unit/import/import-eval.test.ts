import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compareField,
  evaluateImport,
  findImportRegressions,
  issuerKey,
  mainType,
  parseSourcesTsv,
} from '../../../src/lib/eval/import-eval.ts';
import type { FieldValues, ImportEvalBaseline } from '../../../src/lib/eval/import-eval.ts';
import { importFields } from '../../../src/lib/eval/import-fields.ts';

const real = new URL('../../fixtures/real/', import.meta.url);
const read = (url: URL): string => readFileSync(url, 'utf8');

describe('how the import eval compares values', () => {
  it('compares the main type, before any parenthesis, as the longest known type it starts with', () => {
    expect(mainType('Quyết định (ban hành Kế hoạch)')).toBe('quyet dinh');
    expect(mainType('Quy chế làm việc (ban hành kèm Quyết định)')).toBe('quy che');
    expect(mainType('Chương trình hành động')).toBe('chuong trinh hanh dong');
    expect(compareField('type', 'Kế hoạch (hành động)', 'Kế hoạch')).toBe('right');
    expect(compareField('type', 'Chương trình hành động', 'Chương trình')).toBe('wrong');
  });

  it('compares issuers folded, with UBND spelled out, annotations in parentheses and blanked names dropped', () => {
    expect(issuerKey('UBND tỉnh Lạng Sơn')).toBe(issuerKey('Ủy ban nhân dân tỉnh Lạng Sơn'));
    expect(issuerKey('Tỉnh ủy Thừa Thiên Huế (Ban Chấp hành Đảng bộ tỉnh)')).toBe('tinh uy thua thien hue');
    expect(issuerKey('Ủy ban nhân dân xã .......... (tên xã bị xóa trong bản đăng tải)')).toBe('uy ban nhan dan xa');
    expect(compareField('issuer', 'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Văn hoá, Thể thao và Du lịch')).toBe('right');
  });

  it('counts a value where the truth is empty as invented, and an empty value where it is not as missed', () => {
    expect(compareField('province', '', 'Hà Nội')).toBe('invented');
    expect(compareField('province', 'Hà Nội', '')).toBe('missed');
    expect(compareField('province', '', '')).toBe('right');
    expect(compareField('number', '3478/BTTTT-VP', '3478 /BTTTT-VP')).toBe('right');
    expect(compareField('number', '445-KL/TU', '445-KL/TƯ')).toBe('wrong');
  });

  it('reports a field below the baseline and every invented value', () => {
    const truth = parseSourcesTsv('file\ttype\tissuer\tlevel\tprovince\tnumber\tdate\na.txt\tKế hoạch\t\tcentral\t\t1/KH-UBND\t\n', 'SOURCES.tsv');
    const predicted: FieldValues = { type: 'Kế hoạch', issuer: 'Chính phủ', level: 'central', province: '', number: '', date: '' };
    const result = evaluateImport(truth, new Map([['a.txt', predicted]]));
    const baseline: ImportEvalBaseline = { documents: 1, right: { type: 1, issuer: 1, level: 1, province: 1, number: 1, date: 1 } };
    expect(findImportRegressions(result, baseline)).toEqual([
      'issuer: 0 right < baseline 1',
      'number: 0 right < baseline 1',
      'a.txt issuer: invented "Chính phủ" where the text states none',
    ]);
  });
});

describe('the real documents of the chain', () => {
  it('import at or above the committed baseline, with no value invented', () => {
    const truth = parseSourcesTsv(read(new URL('SOURCES.tsv', real)), 'SOURCES.tsv');
    const predictions = new Map<string, FieldValues | null>();
    for (const row of truth) {
      const result = importFields(new Uint8Array(readFileSync(new URL(row.file, real))), row.file, row.file);
      predictions.set(row.file, 'error' in result ? null : result.fields);
    }
    const baseline = JSON.parse(read(new URL('../../fixtures/import-eval/baseline.json', import.meta.url))) as ImportEvalBaseline;
    expect(truth).toHaveLength(30);
    expect(findImportRegressions(evaluateImport(truth, predictions), baseline)).toEqual([]);
  });
});
