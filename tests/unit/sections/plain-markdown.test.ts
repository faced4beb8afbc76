import { describe, expect, it } from 'vitest';
import { splitPlainSections } from '../../../src/lib/sections/plain-markdown.ts';
import { parseSectionsWithRemark, splitSections } from '../../../src/lib/sections/split-sections.ts';

/** What remark gives for a body, in the fast reader's shape. */
const remarkRanges = (markdown: string) =>
  parseSectionsWithRemark(markdown).map((range) => ({
    preamble: range.heading === null,
    headingText: range.headingText,
    depth: range.depth,
    markdown: range.markdown,
    text: range.text,
    line: range.line,
    column: range.column,
  }));

const plan = [
  'Căn cứ Kết luận số 57-KL/TW, Ban Thường vụ ban hành **Kế hoạch** như sau:',
  '',
  '## I. MỤC ĐÍCH, YÊU CẦU',
  '',
  '- Nâng cao nhận thức;',
  '- Bảo đảm **(thông qua Ban Tuyên giáo trước ngày 01/10/2023)**.',
  'dòng nối tiếp của mục',
  '',
  '- Mục sau một dòng trống.',
  '',
  '## II- NHIỆM VỤ',
  '',
  '### 1. Tuyên truyền',
  '',
  '**Cơ quan chỉ đạo:** Ban Thường vụ Huyện ủy.',
  'Dòng thứ hai, A & B.',
  '',
  '1. Một',
  '2. Hai',
  '',
  '3. Ba',
  '',
  '---',
  '',
  '\\* Gửi kèm Tài liệu.',
  '',
  '## III. TỔ CHỨC **THỰC HIỆN**',
  '## IV. Trống',
  '',
].join('\n');

describe('splitPlainSections', () => {
  it('reads a plain body as remark does: headings, paragraphs, lists, strong, escapes, positions', () => {
    const ranges = splitPlainSections(plan);
    expect(ranges).not.toBeNull();
    expect(ranges?.map((range) => range.headingText)).toEqual(['', 'I. MỤC ĐÍCH, YÊU CẦU', 'II- NHIỆM VỤ', '1. Tuyên truyền', 'III. TỔ CHỨC THỰC HIỆN', 'IV. Trống']);
    expect(ranges?.[3]?.text).toBe('Cơ quan chỉ đạo: Ban Thường vụ Huyện ủy.\nDòng thứ hai, A & B.\nMột\nHai\nBa\n* Gửi kèm Tài liệu.');
    expect(ranges).toEqual(remarkRanges(plan));
  });

  it('gives up on Markdown outside the subset', () => {
    for (const body of [
      'a *b* c\n', // single-star emphasis
      'a `code` b\n',
      'a [link](x) b\n',
      'a &amp; b\n', // character reference
      'a\\\nb\n', // hard break
      'a  \nb\n', // trailing spaces
      '> quote\n',
      '  - indented\n',
      'para\n2. not an item\n', // an ordered item that cannot interrupt a paragraph
      'para\n===\n', // setext heading
      '## heading\npara\n',
      '---\npara\n',
      '- a\n1. b\n', // another list right after a list
      'a**b** c\n', // an opening run that could close too
      '## closed ##\n',
      'tab\there\n',
    ]) {
      expect(splitPlainSections(body), JSON.stringify(body)).toBeNull();
    }
  });

  it('agrees with remark on every combination it reads (seeded random bodies)', () => {
    const lines = ['', '', 'text', '- item', '- **Cơ quan:** x', '1. one', '2. two', '1) p', '## II. H', '### 1. S', '# top', '---', '***', '**b** rest',
      'x**y**z', '**(a)**.', '“**a**”', '** a **', '\\* star', 'x & y', '1.5 triệu', '- ', '+ plus', '* star', '(**x**)', 'a\u00a0**b**', '©**a**', 'cont', '10. ten'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return Math.floor((seed / 2 ** 32) * n);
    };
    let read = 0;
    for (let run = 0; run < 3000; run += 1) {
      const body = `${Array.from({ length: 1 + next(7) }, () => lines[next(lines.length)]).join('\n')}\n`;
      const ranges = splitPlainSections(body);
      if (ranges === null) continue;
      read += 1;
      expect(ranges, JSON.stringify(body)).toEqual(remarkRanges(body));
    }
    expect(read).toBeGreaterThan(500);
  });
});

describe('splitSections', () => {
  it('parses a plainly read body with remark only when its nodes are asked for', () => {
    const [, first] = splitSections(plan);
    expect(first?.preamble).toBe(false);
    expect(first?.heading?.depth).toBe(2);
    expect(first?.nodes.map((node) => node.type)).toEqual(['list']);
  });
});
