import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSeed, outline, seeds, sourceText, words } from './seed-helpers.ts';

describe('seed outlines: heading numbers per level, in order', () => {
  it('gives 000 I (1, 2), II, III (1, 2 with 2.1–2.5), IV', () => {
    const { body } = importSeed(seeds.sonHa);
    expect(outline(body)).toEqual([
      '2 I.', '3 1.', '3 2.', '2 II.', '2 III.', '3 1.', '3 2.', '4 2.1.', '4 2.2.', '4 2.3.', '4 2.4.', '4 2.5.', '2 IV.',
    ]);
    expect(body).toContain('## I. MỤC ĐÍCH, YÊU CẦU\n');
    expect(body).toContain('### 1. Tổ chức phổ biến, quán triệt, triển khai thực hiện có hiệu quả Kết luận 57-KL/TW và các chủ trương của Đảng về công tác thông tin đối ngoại\n');
    expect(body).toContain('#### 2.1. Chỉ đạo định hướng, kịp thời cung cấp thông tin cần thiết, nhất là thông tin đối với các sự việc nhạy cảm, phức tạp.\n\nNâng cao trách nhiệm');
    expect(body).toContain('#### 2.4. Đẩy mạnh đấu tranh phản bác các quan điểm sai trái, thù địch, thông tin xuyên tạc, xấu độc; tăng cường bảo vệ nền tảng tư tưởng của Đảng\n');
    expect(body).toContain('\n**Cơ quan chỉ đạo:** Ban Thường vụ Huyện ủy.\n');
    expect(body).toContain('\n**Thời gian thực hiện:** Năm 2024 và những năm tiếp theo.\n');
    expect(body).toContain('\n1. Các cấp ủy, tổ chức đảng, cơ quan, đơn vị, địa phương chủ động triển khai');
  });

  it('gives 001 I, II (1, 2 (2.1, 2.2, 2.3)), III with its numbered points as lists', () => {
    const { body } = importSeed(seeds.lamDong);
    expect(outline(body)).toEqual(['2 I.', '2 II.', '3 1.', '3 2.', '4 2.1.', '4 2.2.', '4 2.3.', '2 III.']);
    expect(body).toContain('\n4. Không ngừng đổi mới nội dung');
  });

  it('gives 002 I (1, 2), II (1, 2, 3 (3.1–3.4)), III (1–4), keeping "I-" and multi-line headings', () => {
    const { body } = importSeed(seeds.phanRang);
    expect(outline(body)).toEqual([
      '2 I-', '3 1.', '3 2.', '2 II-', '3 1.', '3 2.', '3 3.', '4 3.1.', '4 3.2.', '4 3.3.', '4 3.4.', '2 III-', '3 1.', '3 2.', '3 3.', '3 4.',
    ]);
    expect(body).toContain('#### 3.3. Tiếp tục đổi mới nội dung, phương thức thông tin đối ngoại bảo đảm kịp thời, chính xác, linh hoạt và phù hợp; chủ động định hướng, cung cấp kịp thời thông tin, tài liệu để phục vụ công tác tuyên truyền, định hướng dư luận xã hội\n');
    expect(body).toContain('\n**Thời gian hoàn thành:** Trong tháng 10/2023.\n');
    expect(body).toContain('\n\nBan Tuyên giáo Thành ủy tổng hợp báo cáo Ban Thường vụ Thành ủy trước ngày 31/10/2023.\n');
  });

  it('gives 003 I, II (1, 2, 3), III, reading its **bold** heading', () => {
    const { body } = importSeed(seeds.unnamed);
    expect(outline(body)).toEqual(['2 I.', '2 II.', '3 1.', '3 2.', '3 3.', '2 III.']);
    expect(body).toContain('### 1. Tổ chức nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai Kết luận số 57-KL/TW\n');
    expect(body).toContain('\n**Thời gian hoàn thành:** Trong quý III/2023.\n');
  });

  it('gives 004 I (1, 2), II, III (1, 2 (2.1, 2.2), 3, 4, 5), IV despite OCR numerals "Il." and "I1l."', () => {
    const { body, original } = importSeed(seeds.quangNgai);
    const expected = ['2 I.', '3 1.', '3 2.', '2 II.', '2 III.', '3 1.', '3 2.', '4 2.1.', '4 2.2.', '3 3.', '3 4.', '3 5.', '2 IV.'];
    expect(outline(body)).toEqual(expected);
    const committed = readFileSync(new URL('../../../content/plans/quang-ngai-254-kh-tu-2024.md', import.meta.url), 'utf8');
    const committedOriginal = readFileSync(new URL('../../../content/originals/quang-ngai-254-kh-tu-2024.md', import.meta.url), 'utf8');
    expect(outline(committed)).toEqual(expected);
    expect(outline(committedOriginal)).toEqual(expected);
    // As read, with its label in bold: "Co quan chi dao.:" loses only its stray period.
    expect(original).toContain('\n**Co quan chi dao:** Ban Thuong vu Tinh uy.\n');
    expect(committed).toContain('\n**Cơ quan chỉ đạo:** ');
  });
});

describe('layout of the seed bodies', () => {
  const all = Object.values(seeds);

  it('leaves no hard line break inside a paragraph', () => {
    for (const name of all) {
      const lines = importSeed(name).body.split('\n');
      lines.forEach((line, i) => {
        const next = lines[i + 1] ?? '';
        const isItem = (l: string) => /^(- |\d+\. |\|)/.test(l);
        if (line === '' || next === '') return;
        expect(isItem(line) && isItem(next), `${name}: "${line.slice(0, 50)}" / "${next.slice(0, 50)}"`).toBe(true);
      });
    }
  });

  it('loses no word of the source body (letterhead, title, recipients and signature aside)', () => {
    for (const name of all) {
      const lines = sourceText(name).split('\n');
      // The body starts under the "-----" that closes the title, or (003, 004) at the opening words.
      const rule = lines.findIndex((l) => /^\s*-----\s*$/.test(l));
      const start = rule >= 0 ? rule + 1 : lines.findIndex((l) => /^(Căn cứ|Thuc hién)/.test(l));
      const end = lines.findIndex((l) => /^\s*N[oơ]i nh/.test(l));
      // OCR numerals are written as the numerals they stand for ("Il." → "II.").
      const source = words(lines.slice(start, end).join('\n')).map((w) => (w === 'Il' ? 'II' : w === 'I1l' ? 'III' : w));
      const plan = importSeed(name);
      expect(words(plan.original ?? plan.body), name).toEqual(source);
    }
  });
});
