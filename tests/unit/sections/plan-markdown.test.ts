import { describe, expect, it } from 'vitest';
import { parsePlanMarkdown } from '../../../src/lib/sections/plan-markdown.ts';
import { parseSections } from '../../../src/lib/sections/parse-sections.ts';

const types = (markdown: string): string[] => parsePlanMarkdown(markdown).children.map((node) => node.type);

describe('the plan dialect', () => {
  it('reads what plans are written in: headings, paragraphs, lists, emphasis, quotes, escapes', () => {
    expect(types('## I. MỤC ĐÍCH\n\n**Cơ quan chỉ đạo:** Tỉnh ủy.\n\n- Một\n- Hai\n\n> Trích.\n\n\\- không phải danh sách\n')).toEqual([
      'heading',
      'paragraph',
      'list',
      'blockquote',
      'paragraph',
    ]);
  });

  it('keeps a paragraph indented by four spaces as a paragraph of the section, not code', () => {
    const sections = parseSections('## I. MỤC ĐÍCH\n\n    Quán triệt sâu sắc Kết luận số 57-KL/TW.\n', 'plan.md', 0);
    expect(sections.map((section) => section.text)).toEqual(['Quán triệt sâu sắc Kết luận số 57-KL/TW.']);
    expect(types('    thụt lề\n')).toEqual(['paragraph']);
  });

  it('keeps a line that looks like a link definition in the text instead of dropping it', () => {
    // CommonMark reads "[1]: 57-KL/TW" as a link definition and drops it from the text.
    const [section] = parseSections('## 1. Căn cứ\n\n[1]: 57-KL/TW\n', 'plan.md', 0);
    expect(section?.text).toBe('[1]: 57-KL/TW');
  });

  it('does not turn a line above "---" or "===" into a heading no "##" shows', () => {
    const sections = parseSections('## 1. Nhiệm vụ\n\nTăng cường thông tin\n===\n\nĐoạn sau.\n', 'plan.md', 0);
    expect(sections.map((section) => section.heading)).toEqual(['1. Nhiệm vụ']);
    expect(types('Dòng chữ\n---\n')).toEqual(['paragraph', 'thematicBreak']);
  });

  it('reads raw HTML, autolinks, backticks and link syntax as the text they are', () => {
    const [paragraph] = parsePlanMarkdown('<b>đậm</b> <http://x.vn> `mã` [a](b) ![c](d)\n').children;
    expect(paragraph?.type).toBe('paragraph');
    expect(paragraph && 'children' in paragraph ? paragraph.children.map((child) => child.type) : []).toEqual(['text']);
    expect(types('```\nkhối\n```\n')).toEqual(['paragraph']);
  });
});
