import { describe, expect, it } from 'vitest';
import { digestBody } from '../../../src/lib/plan/body-digest.ts';
import type { PlanMeta } from '../../../src/lib/plan/plan-meta.ts';
import { readPlanFile } from '../../../src/lib/plan/read-plan-file.ts';
import { serializePlanFile } from '../../../src/lib/plan/serialize-plan-file.ts';

const body = '## I. MỤC ĐÍCH\n\nNội dung.\n';
const meta: PlanMeta = {
  type: 'Kế hoạch',
  title: 'Thực hiện Kết luận số 57-KL/TW: một dòng',
  number: '162-KH/HU',
  issuer: 'Huyện ủy Sơn Hà',
  level: 'district',
  province: 'Quảng Ngãi',
  provinceCode: '51',
  provinceNow: 'Quảng Ngãi',
  provinceNowCode: '51',
  district: 'Sơn Hà',
  date: '2024-08-20',
  cites: ['57-KL/TW'],
  recipients: ['Lưu Văn phòng Huyện ủy'],
  signer: { onBehalf: 'T/M BAN THƯỜNG VỤ', title: 'Bí thư', name: 'Trần Văn Luật' },
  source: '000.txt',
  ocr: false,
  provenance: { number: 'curated', date: 'extracted' },
  bodyDigest: digestBody(body),
};

describe('plan files', () => {
  it('reads back what it writes, codes and dates staying strings', () => {
    const text = serializePlanFile(meta, body);
    expect(text).toContain('provinceCode: "51"\n');
    expect(text.startsWith('---\ntype: Kế hoạch\ntitle: "Thực hiện Kết luận số 57-KL/TW: một dòng"\nnumber: 162-KH/HU\n')).toBe(true);
    const file = readPlanFile('x.md', text);
    expect(file.meta).toEqual(meta);
    expect(file.body).toBe(body);
    expect(text.split('\n')[file.bodyStartLine - 1]).toBe('## I. MỤC ĐÍCH');
  });

  it('reads back a plan whose type the text does not tell, and one of the types added for the chain', () => {
    for (const type of [null, 'Thông tư', 'Quy chế', 'Chương trình'] as const) {
      const file = readPlanFile('x.md', serializePlanFile({ ...meta, type }, body));
      expect(file.meta.type).toBe(type);
    }
  });

  it('names file and line of an invalid value', () => {
    const text = serializePlanFile(meta, body).replace('date: 2024-08-20', 'date: 20/8/2024');
    expect(() => readPlanFile('content/plans/x.md', text)).toThrow(
      'content/plans/x.md:12: front matter: "date" must be an ISO date "YYYY-MM-DD" (quote it if needed) or null; fix the value by hand (see content/README.md) or delete the file and re-import its source',
    );
  });

  it('rejects a date that no calendar has, which Date would read as 1 March, naming its line', () => {
    const text = serializePlanFile(meta, body).replace('date: 2024-08-20', 'date: 2024-02-30');
    expect(() => readPlanFile('content/plans/x.md', text)).toThrow(
      'content/plans/x.md:12: front matter: "date" must be a day of the calendar; 2024-02-30 is not one; fix the value by hand (see content/README.md) or delete the file and re-import its source',
    );
    expect(() => readPlanFile('x.md', serializePlanFile(meta, body).replace('date: 2024-08-20', 'date: 2023-02-29'))).toThrow(
      'x.md:12: front matter: "date" must be a day of the calendar; 2023-02-29 is not one;',
    );
    expect(() => readPlanFile('x.md', serializePlanFile(meta, body).replace('date: 2024-08-20', 'date: 2024-13-01'))).toThrow(
      'x.md:12: front matter: "date" must be a day of the calendar; 2024-13-01 is not one;',
    );
  });

  it('accepts 29 February of a leap year and the last day of a month', () => {
    expect(readPlanFile('x.md', serializePlanFile({ ...meta, date: '2024-02-29' }, body)).meta.date).toBe('2024-02-29');
    expect(readPlanFile('x.md', serializePlanFile({ ...meta, date: '2000-02-29' }, body)).meta.date).toBe('2000-02-29');
    expect(readPlanFile('x.md', serializePlanFile({ ...meta, date: '2025-12-31' }, body)).meta.date).toBe('2025-12-31');
  });

  it('names an unknown field and a missing one', () => {
    const extra = serializePlanFile(meta, body).replace('ocr: false', 'ocr: false\ncolour: red');
    expect(() => readPlanFile('x.md', extra)).toThrow('x.md:1: front matter: unknown field "colour";');
    const missing = serializePlanFile(meta, body).replace(/^title: .*\n/m, '');
    expect(() => readPlanFile('x.md', missing)).toThrow('x.md:1: front matter: "title" must be a string (it is missing);');
  });

  it('rejects a file without front matter and broken YAML', () => {
    expect(() => readPlanFile('x.md', '# Kế hoạch\n')).toThrow('x.md:1: front matter: the file must start with a "---" line');
    expect(() => readPlanFile('x.md', '---\ntitle: [unclosed\n---\n')).toThrow(/^x\.md:\d+: front matter: invalid YAML: /);
  });
});
