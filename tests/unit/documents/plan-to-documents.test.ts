import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTaxonomy } from '../../../src/lib/categories/taxonomy.ts';
import type { PlanMeta } from '../../../src/lib/plan/plan-meta.ts';
import { planToDocuments } from '../../../src/lib/documents/plan-to-documents.ts';

const categories = parseTaxonomy(readFileSync('content/categories.yaml', 'utf8'), 'content/categories.yaml');

const meta: PlanMeta = {
  type: 'Kế hoạch',
  title: 'Thực hiện Kết luận số 57-KL/TW',
  number: '256-KH/TU',
  issuer: 'Thành ủy Phan Rang-Tháp Chàm',
  level: 'district',
  province: 'Ninh Thuận',
  provinceCode: '58',
  provinceNow: 'Khánh Hòa',
  provinceNowCode: '56',
  district: 'Phan Rang-Tháp Chàm',
  date: '2023-09-19',
  cites: ['240-KH/TU', '57-KL/TW'],
  recipients: ['Thường trực Tỉnh ủy'],
  signer: { onBehalf: 'T/M BAN THƯỜNG VỤ', title: 'Phó Bí thư', name: 'Bùi Văn Phú' },
  source: '002_77ca847e3468c6de.txt',
  ocr: false,
  provenance: {},
  bodyDigest: 'x',
};

const body = [
  'Thực hiện Kế hoạch số 240-KH/TU của Ban Thường vụ Tỉnh ủy, ban hành Kế hoạch như sau:',
  '',
  '## II- CÁC NỘI DUNG TRỌNG TÂM',
  '',
  '### 1. Tổ chức học tập, quán triệt, tuyên truyền',
  '',
  '- Tổ chức học tập cho cán bộ chủ chốt thành phố Phan Rang - Tháp Chàm, tỉnh Ninh Thuận.',
  '',
  '**Cơ quan chỉ đạo:** Ban Thường vụ Thành uỷ.',
  '',
  '**Thời gian hoàn thành:** Trong tháng 10/2023.',
  '',
].join('\n');

describe('planToDocuments', () => {
  const { plan, sections } = planToDocuments('phan-rang-thap-cham-256-kh-tu-2023', meta, body, { file: 'content/plans/p.md', bodyLine: 30, categories });

  it('makes one document per section with ids from the slug and anchor', () => {
    expect(sections.map((s) => s.id)).toEqual([
      'phan-rang-thap-cham-256-kh-tu-2023__mo-dau',
      'phan-rang-thap-cham-256-kh-tu-2023__ii',
      'phan-rang-thap-cham-256-kh-tu-2023__ii-1',
    ]);
  });

  it('flattens the plan metadata with the date as Unix seconds and a year', () => {
    expect(sections[2]).toMatchObject({
      planSlug: 'phan-rang-thap-cham-256-kh-tu-2023',
      planTitle: 'Thực hiện Kết luận số 57-KL/TW',
      planType: 'Kế hoạch',
      planNumber: '256-KH/TU',
      issuer: 'Thành ủy Phan Rang-Tháp Chàm',
      level: 'district',
      province: 'Ninh Thuận',
      provinceNow: 'Khánh Hòa',
      district: 'Phan Rang-Tháp Chàm',
      date: '2023-09-19',
      timestamp: 1695081600,
      year: 2023,
      repaired: false,
      textOriginal: null,
      markdownOriginal: null,
    });
  });

  it('carries the task fields and categories of each section', () => {
    expect(sections[2]).toMatchObject({
      path: 'II.1',
      breadcrumb: ['II- CÁC NỘI DUNG TRỌNG TÂM'],
      leadAgencies: ['Ban Thường vụ Thành ủy'],
      agencies: [],
      deadline: 'Trong tháng 10/2023',
      deadlineFrom: Date.UTC(2023, 9, 1) / 1000,
      deadlineTo: Date.UTC(2023, 9, 31) / 1000,
      recurring: false,
      categories: ['nhiem-vu-giai-phap', 'quan-triet-tuyen-truyen'],
    });
    expect(sections[0]?.categories).toEqual(['can-cu-ban-hanh']);
  });

  it('encodes heading and text in Telex and names the province before and after 2025', () => {
    expect(sections[2]?.telexHeading).toBe('1. toor chuwcs hocj taapj, quans trieetj, tuyeen truyeenf');
    expect(sections[2]?.telex.startsWith('1. toor chuwcs hocj taapj')).toBe(false);
    expect(sections[2]?.telex.length).toBeGreaterThan(0);
    expect(sections[2]?.aliases).toEqual(expect.arrayContaining(['Ninh Thuận', 'Khánh Hòa']));
  });

  it('makes the plan document with section count and the categories of all its sections', () => {
    expect(plan).toMatchObject({
      id: 'phan-rang-thap-cham-256-kh-tu-2023',
      slug: 'phan-rang-thap-cham-256-kh-tu-2023',
      number: '256-KH/TU',
      timestamp: 1695081600,
      year: 2023,
      sectionCount: 3,
      categories: ['can-cu-ban-hanh', 'nhiem-vu-giai-phap', 'quan-triet-tuyen-truyen'],
      cites: ['240-KH/TU', '57-KL/TW'],
      citesPlans: [],
      citedBy: [],
    });
  });

  it('reports a structure error at the line of the plan file', () => {
    expect(() => planToDocuments('p', meta, '## I. A\n\n#### 1.1. B\n', { file: 'content/plans/p.md', bodyLine: 30, categories })).toThrow(
      'content/plans/p.md:32:1: heading "1.1. B" (level 4) follows level 2; expected level 3',
    );
  });

  it('rejects a slug that is not safe as a Meilisearch id', () => {
    expect(() => planToDocuments('Phan Rang', meta, body, { file: 'content/plans/Phan Rang.md', bodyLine: 1, categories })).toThrow(
      'content/plans/Phan Rang.md:1:1: slug "Phan Rang" must contain only a-z, 0-9, "-" and "_"; rename the file',
    );
  });
});

describe('planToDocuments for an OCR plan', () => {
  const repaired = 'Thực hiện Kết luận.\n\n## I. MỤC ĐÍCH\n\nQuán triệt nghiêm túc.\n\n## II. MỤC TIÊU\n\nĐẩy mạnh tuyên truyền.\n';
  const original = 'Thuc hién Két luan.\n\n## Il. MUC PICH\n\nQuan triét nghiém tac.\n\n## Il. MUC TIEU\n\nPay manh tuyén truyén.\n';
  const ocrMeta = { ...meta, ocr: true };

  it('pairs each section with the original text by order, though the original numbers are garbled', () => {
    const { sections } = planToDocuments('q', ocrMeta, repaired, { file: 'content/plans/q.md', bodyLine: 1, originalBody: original, categories });
    expect(sections.map((s) => [s.anchor, s.text, s.textOriginal, s.markdownOriginal, s.repaired])).toEqual([
      ['mo-dau', 'Thực hiện Kết luận.', 'Thuc hién Két luan.', 'Thuc hién Két luan.', true],
      ['i', 'Quán triệt nghiêm túc.', 'Quan triét nghiém tac.', 'Quan triét nghiém tac.', true],
      ['ii', 'Đẩy mạnh tuyên truyền.', 'Pay manh tuyén truyén.', 'Pay manh tuyén truyén.', true],
    ]);
  });

  it('reports an original whose structure differs, at its own line', () => {
    const broken = 'Thuc hién Két luan.\n\n## Il. MUC PICH\n\n### Quan triét\n';
    expect(() =>
      planToDocuments('q', ocrMeta, repaired, { file: 'content/plans/q.md', bodyLine: 1, originalBody: broken, originalBodyLine: 5, categories }),
    ).toThrow(
      'content/originals/q.md:9:1: heading "Quan triét" (level 3) stands where the plan has "II. MỤC TIÊU" (level 2, line 7); the original must keep the heading structure of the plan (re-import the plan to rebuild it)',
    );
  });

  it('reports an original with fewer sections', () => {
    const short = 'Thuc hién Két luan.\n\n## Il. MUC PICH\n\nQuan triét.\n';
    expect(() => planToDocuments('q', ocrMeta, repaired, { file: 'content/plans/q.md', bodyLine: 1, originalBody: short, categories })).toThrow(
      'content/originals/q.md:4:1: ends after 2 sections where the plan has 3; the original must keep the heading structure of the plan (re-import the plan to rebuild it)',
    );
  });
});
