import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/lib/import/import-plan.ts';
import type { ImportedPlan } from '../../../src/lib/import/import-plan.ts';
import { normalizeText } from '../../../src/lib/vietnamese/index.ts';

function importFixture(folder: string): ImportedPlan {
  const text = normalizeText(readFileSync(new URL(`../../fixtures/${folder}/plan.txt`, import.meta.url), 'utf8'));
  return importPlan(text, { source: `${folder}.txt`, path: `${folder}/plan.txt`, existing: null, repair: null });
}

describe('real-input variations', () => {
  it('reads a letterhead flattened into table cells and a roman heading broken over two lines', () => {
    const { meta, body, slug } = importFixture('import-letterhead-table');
    expect(slug).toBe('dak-ha-88-kh-hu-2023');
    expect(meta).toMatchObject({ number: '88-KH/HU', date: '2023-10-05', province: 'Kon Tum', provinceNow: 'Quảng Ngãi' });
    expect(meta.issuer).toBe('Huyện ủy Đắk Hà');
    expect(body).toContain('## I. MỤC ĐÍCH, YÊU CẦU\n');
    expect(body).not.toContain('|');
    expect(body).toContain('**Cơ quan chủ trì:** Ban Tuyên giáo Huyện ủy.');
  });

  it('leaves a draft\'s blank number and date empty and still gives it a stable slug', () => {
    const plan = importFixture('import-draft');
    expect(plan.draft).toBe(true);
    expect(plan.meta).toMatchObject({ number: null, date: null, province: 'Thừa Thiên Huế', provinceNow: 'Huế', district: 'Phong Điền' });
    expect(plan.slug).toMatch(/^phong-dien-ke-hoach-[0-9a-f]{6}$/);
    expect(importFixture('import-draft').slug).toBe(plan.slug);
    expect(plan.body).not.toContain('DỰ THẢO');
  });

  it('reads a decision whose articles wrap the plan it issues', () => {
    const { meta, body } = importFixture('import-decision');
    expect(meta).toMatchObject({
      type: 'Quyết định',
      number: '1234/QĐ-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Ninh Thuận',
      level: 'province',
      provinceNow: 'Khánh Hòa',
      recipients: ['Như Điều 2', 'Lưu: VT'],
      signer: { onBehalf: 'TM. ỦY BAN NHÂN DÂN', title: 'Phó Chủ tịch', name: 'Lê Văn Bình' },
    });
    expect(body).toContain('## Điều 1. Ban hành kèm theo Quyết định này Kế hoạch');
    // The attached plan is a part of its own: its Roman parts one level under its title.
    expect(body).toContain('## KẾ HOẠCH\n\nThực hiện Kết luận số 57-KL/TW của Bộ Chính trị\n\n### I. MỤC ĐÍCH');
    expect(body).not.toContain('Lê Văn Bình');
  });

  it('keeps an appendix table after the signature as part of the body', () => {
    const { meta, body } = importFixture('import-appendix');
    expect(meta.signer?.name).toBe('Trần Thị Hoa');
    expect(meta.recipients).toEqual(['Lưu Văn phòng Huyện ủy']);
    expect(body).toContain('## PHỤ LỤC\n\n| TT | Nội dung | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n| 1 | Hội nghị quán triệt |');
  });

  it('reads a Chương trình hành động with a) b) points', () => {
    const { meta, body, slug } = importFixture('import-action-program');
    expect(meta).toMatchObject({ type: 'Chương trình hành động', number: '30-CTr/TU', issuer: 'Tỉnh ủy Bình Định', provinceNow: 'Gia Lai' });
    expect(slug).toBe('binh-dinh-30-ctr-tu-2023');
    expect(body).toContain('### 1. Đổi mới nội dung thông tin đối ngoại\n\n#### a) Đối với cấp tỉnh\n\n- Xây dựng');
  });
});

describe('legacy encodings', () => {
  it('imports a TCVN3 file (made by encoding the letterhead fixture) to the same plan as its Unicode text', async () => {
    const { decodeSource } = await import('../../../src/lib/import/decode-source.ts');
    const bytes = readFileSync(new URL('../../fixtures/import-tcvn3/plan.txt', import.meta.url));
    const text = decodeSource(bytes, 'import-tcvn3/plan.txt', 'plan.txt');
    const plan = importPlan(text, { source: 'import-letterhead-table.txt', path: 'x', existing: null, repair: null });
    const unicode = importFixture('import-letterhead-table');
    expect(plan.meta).toEqual(unicode.meta);
    expect(plan.body).toBe(unicode.body);
  });
});
