import { describe, expect, it } from 'vitest';
import { parseSections } from '../../../src/lib/sections/parse-sections.ts';

const plan = [
  'Thực hiện Kết luận số 57-KL/TW, Ban Thường vụ ban hành Kế hoạch như sau:',
  '',
  '## I. MỤC ĐÍCH, YÊU CẦU',
  '',
  '### 1. Mục đích',
  '',
  'Quán triệt nghiêm túc.',
  '',
  '## III. NỘI DUNG THỰC HIỆN',
  '',
  '### 2. Tăng cường phối hợp',
  '',
  '#### 2.4. Đẩy mạnh đấu tranh phản bác',
  '',
  '- Chú trọng bảo vệ nền tảng.',
  '- Xác định rõ đối tác.',
  '',
  '**Cơ quan chỉ đạo:** Ban Thường vụ Huyện ủy.',
  '',
].join('\n');

describe('parseSections', () => {
  const sections = parseSections(plan, 'content/plans/x.md', 5);

  it('opens a preamble section for the text before the first heading', () => {
    expect(sections[0]).toMatchObject({ anchor: 'mo-dau', path: '', heading: 'Mở đầu', depth: 1, order: 0, parent: null, line: 6 });
    expect(sections[0]?.text).toBe('Thực hiện Kết luận số 57-KL/TW, Ban Thường vụ ban hành Kế hoạch như sau:');
  });

  it('keeps a heading without body as its own section', () => {
    expect(sections[1]).toMatchObject({ anchor: 'i', path: 'I', heading: 'I. MỤC ĐÍCH, YÊU CẦU', depth: 2, text: '', markdown: '', nodes: [] });
  });

  it('gives III.2.4 the anchor iii-2-4 and the breadcrumb of its parents', () => {
    const section = sections.find((s) => s.heading.startsWith('2.4.'));
    expect(section).toMatchObject({
      anchor: 'iii-2-4',
      path: 'III.2.4',
      depth: 4,
      order: 5,
      parent: 4,
      breadcrumb: ['III. NỘI DUNG THỰC HIỆN', '2. Tăng cường phối hợp'],
      line: 18,
    });
  });

  it('keeps only its own text and Markdown, one line per list item and paragraph', () => {
    const section = sections[5];
    expect(section?.text).toBe('Chú trọng bảo vệ nền tảng.\nXác định rõ đối tác.\nCơ quan chỉ đạo: Ban Thường vụ Huyện ủy.');
    expect(section?.markdown).toBe('- Chú trọng bảo vệ nền tảng.\n- Xác định rõ đối tác.\n\n**Cơ quan chỉ đạo:** Ban Thường vụ Huyện ủy.');
    expect(sections[2]?.text).toBe('Quán triệt nghiêm túc.');
  });

  it('lists the sections in document order', () => {
    expect(sections.map((s) => s.path)).toEqual(['', 'I', 'I.1', 'III', 'III.2', 'III.2.4']);
  });

  it('omits the preamble when the body starts with a heading', () => {
    expect(parseSections('## I. MỤC TIÊU\n\nĐẩy mạnh.\n', 'x.md', 0).map((s) => s.anchor)).toEqual(['i']);
  });

  it('reads "I-" and a run-on "3.1.Tăng" as numbers', () => {
    const body = '## II- NỘI DUNG\n\n### 3. Nhiệm vụ\n\n#### 3.1.Tăng cường quán triệt\n';
    expect(parseSections(body, 'x.md', 0).map((s) => s.anchor)).toEqual(['ii', 'ii-3', 'ii-3-1']);
  });

  it('reads "2.4." directly under a roman part as part 2, point 4', () => {
    expect(parseSections('## III. NỘI DUNG\n\n### 2.4. Đấu tranh\n', 'x.md', 0).map((s) => s.path)).toEqual(['III', 'III.2.4']);
  });

  it('numbers letters and four-part numbers below a point', () => {
    const body = '## II. NHIỆM VỤ\n\n### 2. Giải pháp\n\n#### 2.1. Lãnh đạo\n\n##### a) Quán triệt\n\n##### 2.1.2. Tuyên truyền\n';
    expect(parseSections(body, 'x.md', 0).map((s) => s.anchor)).toEqual(['ii', 'ii-2', 'ii-2-1', 'ii-2-1-a', 'ii-2-1-2']);
  });

  it('gives an unnumbered heading its folded slug under the nearest numbered section', () => {
    const body = '## II. NHIỆM VỤ\n\n### Nhiệm vụ trọng tâm\n\n### Nhiệm vụ trọng tâm\n\n## Phụ lục\n';
    expect(parseSections(body, 'x.md', 0).map((s) => [s.anchor, s.path])).toEqual([
      ['ii', 'II'],
      ['ii-nhiem-vu-trong-tam', ''],
      ['ii-nhiem-vu-trong-tam-2', ''],
      ['phu-luc', ''],
    ]);
  });

  it('keeps anchors when a paragraph is added elsewhere', () => {
    const before = '## I. MỤC ĐÍCH\n\n### Yêu cầu chung\n\n## II. MỤC TIÊU\n';
    const after = 'Lời mở đầu mới.\n\n## I. MỤC ĐÍCH\n\nMột đoạn mới.\n\n### Yêu cầu chung\n\n## II. MỤC TIÊU\n';
    const anchors = (body: string) => parseSections(body, 'x.md', 0).filter((s) => s.depth > 1).map((s) => s.anchor);
    expect(anchors(after)).toEqual(anchors(before));
    expect(anchors(before)).toEqual(['i', 'i-yeu-cau-chung', 'ii']);
  });

  it('cuts a long unnumbered slug at a word boundary', () => {
    const [section] = parseSections('## Tổ chức nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện\n', 'x.md', 0);
    expect(section?.anchor).toBe('to-chuc-nghien-cuu-hoc-tap-quan-triet-tuyen');
  });

  it('reports a skipped level with file, line and column', () => {
    const body = '## II. MỤC TIÊU\n\nĐẩy mạnh.\n\n#### 2.1. Chỉ đạo định hướng, kịp thời cung cấp thông tin\n';
    expect(() => parseSections(body, 'content/plans/x.md', 35)).toThrow(
      'content/plans/x.md:40:1: heading "2.1. Chỉ đạo định hướng, kịp …" (level 4) follows level 2; expected level 3',
    );
  });

  it('reports a first heading below level 2', () => {
    expect(() => parseSections('Mở đầu.\n\n### 1. Mục đích\n', 'content/plans/x.md', 0)).toThrow(
      'content/plans/x.md:3:1: heading "1. Mục đích" (level 3) follows level 1; expected level 2',
    );
  });

  it('reports a level-1 heading', () => {
    expect(() => parseSections('# KẾ HOẠCH\n', 'content/plans/x.md', 4)).toThrow(
      'content/plans/x.md:5:1: heading "KẾ HOẠCH" is level 1; plan headings start at level 2 (the title belongs in the front matter)',
    );
  });

  it('reports two sections with the same number path', () => {
    const body = '## I. MỤC ĐÍCH\n\n### 1. Mục đích\n\n### 1. Yêu cầu\n';
    expect(() => parseSections(body, 'content/plans/x.md', 10)).toThrow(
      'content/plans/x.md:15:1: heading "1. Yêu cầu" repeats the number path I.1 of line 13; renumber one of them',
    );
  });

  it('reports a number that contradicts its parent', () => {
    const body = '## III. NỘI DUNG\n\n### 2. Phối hợp\n\n#### 3.1. Đổi mới\n';
    expect(() => parseSections(body, 'content/plans/x.md', 0)).toThrow(
      'content/plans/x.md:5:1: heading "3.1. Đổi mới" is numbered 3.1 but sits under "2. Phối hợp" (III.2); renumber it or fix its level',
    );
  });

  it('gives an article the short anchor dieu-N under a chapter, and its points dieu-N-M', () => {
    const body = '## Chương I. QUY ĐỊNH CHUNG\n\n### Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng của Quy chế này\n\n#### 1. Quy chế này quy định\n\n## Chương II. TRÁCH NHIỆM\n\n### Điều 2. Trách nhiệm\n';
    expect(parseSections(body, 'x.md', 0).map((s) => [s.anchor, s.path])).toEqual([
      ['chuong-i', 'Chương I'],
      ['dieu-1', 'Điều 1'],
      ['dieu-1-1', 'Điều 1.1'],
      ['chuong-ii', 'Chương II'],
      ['dieu-2', 'Điều 2'],
    ]);
  });

  it('starts numbering afresh inside an unnumbered level-2 part, its anchor prefixing the anchors inside', () => {
    const body = '## Điều 1. Ban hành kèm theo Quyết định này Quy chế.\n\n## QUY CHẾ\n\n### Điều 1. Phạm vi\n\n#### 1. Quy chế này\n\n### Nhiệm vụ khác\n\n## PHỤ LỤC\n';
    expect(parseSections(body, 'x.md', 0).map((s) => [s.anchor, s.path])).toEqual([
      ['dieu-1', 'Điều 1'],
      ['quy-che', ''],
      ['quy-che-dieu-1', 'Điều 1'],
      ['quy-che-dieu-1-1', 'Điều 1.1'],
      ['quy-che-nhiem-vu-khac', ''],
      ['phu-luc', ''],
    ]);
  });

  it('reports two headings whose different numbers fold to the same anchor', () => {
    const body = '## A- KẾT QUẢ\n\n## a) Kết quả khác\n';
    expect(() => parseSections(body, 'content/plans/x.md', 2)).toThrow(
      'content/plans/x.md:5:1: heading "a) Kết quả khác" has the anchor a of "A- KẾT QUẢ" (line 3); renumber one of them',
    );
  });

  it('reports every refused heading to onRefused and reads the rest as if they were text', () => {
    const body = '## I. MỤC ĐÍCH\n\n### 1. Mục đích\n\n### 1. Yêu cầu\n\n## II. NHIỆM VỤ\n\n#### 2.1. Chỉ đạo\n\n### 2. Phối hợp\n';
    const refused: string[] = [];
    const sections = parseSections(body, 'x.md', 0, { onRefused: (error) => refused.push(error.message) });
    expect(refused).toEqual([
      'x.md:5:1: heading "1. Yêu cầu" repeats the number path I.1 of line 3; renumber one of them',
      'x.md:9:1: heading "2.1. Chỉ đạo" (level 4) follows level 2; expected level 3',
    ]);
    expect(sections.map((s) => s.anchor)).toEqual(['i', 'i-1', 'ii', 'ii-2']);
  });

  it('tolerates a level that goes back up by more than one', () => {
    const body = '## III. NỘI DUNG\n\n### 2. Phối hợp\n\n#### 2.1. Chỉ đạo\n\n## IV. TỔ CHỨC THỰC HIỆN\n';
    expect(parseSections(body, 'x.md', 0).map((s) => s.anchor)).toEqual(['iii', 'iii-2', 'iii-2-1', 'iv']);
  });
});
