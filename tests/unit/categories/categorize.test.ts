import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { categorizeSections } from '../../../src/lib/categories/categorize-sections.ts';
import { parseTaxonomy } from '../../../src/lib/categories/taxonomy.ts';
import { parseSections } from '../../../src/lib/sections/parse-sections.ts';

const taxonomy = parseTaxonomy(readFileSync('content/categories.yaml', 'utf8'), 'content/categories.yaml');
const categoriesOf = (markdown: string): Record<string, string[]> => {
  const sections = parseSections(markdown, 'x.md', 0);
  const categories = categorizeSections(sections, taxonomy);
  return Object.fromEntries(sections.map((s, i) => [s.path || s.anchor, categories[i] ?? []]));
};

const plan = [
  'Thực hiện Kết luận số 57-KL/TW, Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:',
  '## I. MỤC ĐÍCH, YÊU CẦU',
  '### 1. Mục đích',
  'Tạo sự thống nhất trong hành động.',
  '## III. NỘI DUNG THỰC HIỆN',
  '### 4. Đẩy mạnh đấu tranh phản bác các quan điểm sai trái, thù địch',
  '- Chủ động cung cấp thông tin, làm rõ những nội dung phản ánh sai sự thật.',
  '**Cơ quan tham mưu, thực hiện:** Ban Tuyên giáo chủ trì, phối hợp với các cơ quan liên quan.',
  '## IV. TỔ CHỨC THỰC HIỆN',
  '### 1. Ban Tuyên giáo Huyện ủy',
  'Theo dõi, đôn đốc, kiểm tra, giám sát việc thực hiện; định kỳ sơ kết, báo cáo.',
  '### 2. Ủy ban nhân dân huyện',
  'Bố trí kinh phí.',
].join('\n\n');

describe('categorize', () => {
  const result = categoriesOf(plan);

  it('gives the preamble the category of the grounds for issuing the plan', () => {
    expect(result['mo-dau']).toEqual(['can-cu-ban-hanh']);
  });

  it('gives a part heading its part and its children the same part', () => {
    expect(result.I).toEqual(['muc-dich-yeu-cau-muc-tieu']);
    expect(result['I.1']).toEqual(['muc-dich-yeu-cau-muc-tieu']);
  });

  it('finds a topic from the heading of a task', () => {
    expect(result['III.4']).toEqual(['nhiem-vu-giai-phap', 'dau-tranh-phan-bac']);
  });

  it('does not read coordination into the agency field "chủ trì, phối hợp với"', () => {
    expect(result['III.4']).not.toContain('phoi-hop');
  });

  it('gives everything under "IV. TỔ CHỨC THỰC HIỆN" to-chuc-thuc-hien, plus its own topics', () => {
    expect(result.IV).toEqual(['to-chuc-thuc-hien']);
    expect(result['IV.1']).toEqual(['to-chuc-thuc-hien', 'kiem-tra-giam-sat-so-ket']);
    expect(result['IV.2']).toEqual(['to-chuc-thuc-hien']);
  });

  it('lets a child\'s own part heading win over its parent\'s', () => {
    const nested = categoriesOf('## II. MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP\n\n### 1. Mục tiêu\n\n### 2. Nhiệm vụ và giải pháp\n\n#### 2.1. Công tác lãnh đạo, chỉ đạo\n');
    expect(nested).toEqual({
      II: ['muc-dich-yeu-cau-muc-tieu', 'nhiem-vu-giai-phap'],
      'II.1': ['muc-dich-yeu-cau-muc-tieu'],
      'II.2': ['nhiem-vu-giai-phap'],
      'II.2.1': ['nhiem-vu-giai-phap', 'lanh-dao-chi-dao'],
    });
  });

  it('does not take a part from a word inside a task heading', () => {
    const nested = categoriesOf('## III. NỘI DUNG THỰC HIỆN\n\n### 5. Tăng cường nguồn lực đáp ứng yêu cầu nhiệm vụ trong tình hình mới\n');
    expect(nested['III.5']).toEqual(['nhiem-vu-giai-phap', 'nguon-luc-can-bo']);
  });

  it('falls back to the taxonomy fallback when nothing matches', () => {
    expect(categoriesOf('## Phụ lục\n\nDanh sách kèm theo.\n')).toEqual({ 'phu-luc': ['nhiem-vu-giai-phap'] });
  });
});
