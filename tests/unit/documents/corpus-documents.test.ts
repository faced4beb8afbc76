import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTaxonomy } from '../../../src/lib/categories/taxonomy.ts';
import { readPlanFile } from '../../../src/lib/plan/read-plan-file.ts';
import { linkCitations } from '../../../src/lib/documents/plan-document.ts';
import { planToDocuments } from '../../../src/lib/documents/plan-to-documents.ts';

const categories = parseTaxonomy(readFileSync('content/categories.yaml', 'utf8'), 'content/categories.yaml');
const results = readdirSync('content/plans')
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const file = `content/plans/${name}`;
    const original = `content/originals/${name}`;
    const { meta, body, bodyStartLine } = readPlanFile(file, readFileSync(file, 'utf8'));
    const options = { file, bodyLine: bodyStartLine, categories, ...(existsSync(original) ? { originalBody: readFileSync(original, 'utf8') } : {}) };
    return { meta, ...planToDocuments(name.replace(/\.md$/u, ''), meta, body, options) };
  });
const bySource = (source: string) => results.find((r) => r.meta.source === source);

describe('the documents of the seed plans', () => {
  it('gives every section of the OCR seed its original text, and no other seed any', () => {
    for (const { meta, sections } of results) {
      expect(sections.every((s) => (s.textOriginal !== null) === meta.ocr && s.repaired === meta.ocr)).toBe(true);
    }
    const ocr = bySource('004_5a6f970d50aca463.txt');
    expect(ocr?.sections[0]?.textOriginal?.startsWith('Thuc hi')).toBe(true);
    expect(ocr?.sections[0]?.text.startsWith('Thực hiện Kết luận số 57-KL/TW')).toBe(true);
  });

  it('reads the task fields of Sơn Hà III.2.4', () => {
    const section = bySource('000_9477ffea8052fa6f.txt')?.sections.find((s) => s.anchor === 'iii-2-4');
    expect(section).toMatchObject({
      leadAgencies: ['Ban Thường vụ Huyện ủy'],
      agencies: [
        'Ủy ban nhân dân huyện',
        'Ban Chỉ đạo 35 huyện',
        'Các cơ quan chuyên trách tham mưu, giúp việc Huyện ủy',
        'Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện',
        'Huyện đoàn',
        'Các chi bộ, đảng bộ trực thuộc Huyện ủy',
      ],
      deadline: 'Thường xuyên',
      recurring: true,
      categories: ['nhiem-vu-giai-phap', 'dau-tranh-phan-bac'],
    });
  });

  it('links Sơn Hà 162-KH/HU to Quảng Ngãi 254-KH/TU, which it cites', () => {
    const linked = linkCitations(results.map((r) => r.plan));
    const sonHa = linked.find((p) => p.source === '000_9477ffea8052fa6f.txt');
    const quangNgai = linked.find((p) => p.source === '004_5a6f970d50aca463.txt');
    expect(sonHa?.citesPlans).toEqual([quangNgai?.slug]);
    expect(quangNgai?.citedBy).toEqual([sonHa?.slug]);
  });

  it('gives every section id a Meilisearch-safe, unique value', () => {
    const ids = results.flatMap((r) => r.sections.map((s) => s.id));
    expect(ids.every((id) => /^[a-z0-9_-]+$/u.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
