import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/lib/import/formats/html-to-text.ts';

describe('htmlToText: Word structure (as mammoth gives it) into the importer\'s text shape', () => {
  it('reads a two-column letterhead table before the type line as cells, line against line', () => {
    const html =
      '<table><tr><td><p>ĐẢNG BỘ TỈNH KON TUM</p><p>HUYỆN ỦY ĐẮK HÀ</p><p>Số 88-KH/HU</p></td>' +
      '<td><p><strong>ĐẢNG CỘNG SẢN VIỆT NAM</strong></p><p>Đắk Hà, ngày 05 tháng 10 năm 2023</p></td></tr></table>' +
      '<p><strong>KẾ HOẠCH</strong></p>';
    expect(htmlToText(html)).toBe(
      '| ĐẢNG BỘ TỈNH KON TUM | ĐẢNG CỘNG SẢN VIỆT NAM |\n|---|---|\n| HUYỆN ỦY ĐẮK HÀ | Đắk Hà, ngày 05 tháng 10 năm 2023 |\n| Số 88-KH/HU | |\n**KẾ HOẠCH**\n',
    );
  });

  it('numbers the items of an ordered list and bullets the others, each list from 1', () => {
    const html = '<ol><li>Một</li><li>Hai</li></ol><ul><li>gạch</li></ul><ol><li>Lại một</li></ol>';
    expect(htmlToText(html)).toBe('1. Một\n2. Hai\n- gạch\n1. Lại một\n');
  });

  it('keeps a typed heading number and bolds a heading without one', () => {
    expect(htmlToText('<h1>I. MỤC ĐÍCH, YÊU CẦU</h1><h2>Phụ lục kèm theo</h2>')).toBe('I. MỤC ĐÍCH, YÊU CẦU\n**Phụ lục kèm theo**\n');
  });

  it('leaves a bold task label plain for the importer and keeps bold inside running text', () => {
    const html = '<p><strong>Cơ quan chỉ đạo:</strong> Ban Thường vụ.</p><p>Báo cáo <strong>(trước ngày 01/10)</strong>.</p>';
    expect(htmlToText(html)).toBe('Cơ quan chỉ đạo: Ban Thường vụ.\nBáo cáo **(trước ngày 01/10)**.\n');
  });

  it('writes the closing table column by column and an appendix table as Markdown rows', () => {
    const html =
      '<p><strong>KẾ HOẠCH</strong></p>' +
      '<table><tr><td><p>TT</p></td><td><p>Nội dung</p></td><td><p>Thời gian</p></td></tr><tr><td><p>1</p></td><td><p>Hội nghị | quán triệt</p></td><td><p>Quý IV</p></td></tr></table>' +
      '<table><tr><td><p>Nơi nhận:</p><p>- Lưu VP.</p></td><td><p>T/M BAN THƯỜNG VỤ</p><p>Trần Thị Hoa</p></td></tr></table>';
    expect(htmlToText(html)).toBe(
      '**KẾ HOẠCH**\n| TT | Nội dung | Thời gian |\n|---|---|---|\n| 1 | Hội nghị / quán triệt | Quý IV |\nNơi nhận:\n- Lưu VP.\nT/M BAN THƯỜNG VỤ\nTrần Thị Hoa\n',
    );
  });
});
