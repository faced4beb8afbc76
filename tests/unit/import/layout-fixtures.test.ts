// Hand-made documents of the shapes the real ones showed, from other provinces and bodies: the
// importer must read the class, not the one document it was tuned on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/lib/import/import-plan.ts';
import type { ImportedPlan } from '../../../src/lib/import/import-plan.ts';
import { normalizeText } from '../../../src/lib/vietnamese/index.ts';

function importFixture(folder: string): ImportedPlan {
  const text = normalizeText(readFileSync(new URL(`../../fixtures/${folder}/plan.txt`, import.meta.url), 'utf8'));
  return importPlan(text, { source: `${folder}.txt`, path: `${folder}/plan.txt`, existing: null, repair: null });
}

describe('document layouts and letterheads of the chain', () => {
  it('reads a split letterhead with no type line: issuer cut over three lines, place and date cut over three', () => {
    const { meta, warnings } = importFixture('import-split-letterhead');
    expect(meta).toMatchObject({
      type: 'Kế hoạch',
      number: '45/KH-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Quảng Bình',
      level: 'province',
      province: 'Quảng Bình',
      provinceNow: 'Quảng Trị',
      date: '2024-03-05',
    });
    expect(warnings).toEqual([]);
  });

  it('reads a ministry letter: issuer cut over two lines, V/v subject over two, no province', () => {
    const { meta, body } = importFixture('import-ministry-letter');
    expect(meta).toMatchObject({
      type: 'Công văn',
      title: 'Triển khai công tác thông tin đối ngoại năm học 2023-2024',
      number: '1234/BGDĐT-GDTX',
      issuer: 'Bộ Giáo dục và Đào tạo',
      level: 'agency',
      province: null,
      date: '2023-09-20',
      recipients: ['Như trên', 'Lưu: VT, GDTX'],
      signer: { onBehalf: 'KT. BỘ TRƯỞNG', title: 'Thứ trưởng', name: 'Nguyễn Văn Phúc' },
    });
    expect(body.startsWith('Kính gửi: Các sở giáo dục và đào tạo\n')).toBe(true);
  });

  it('reads a district committee under a "BCH ĐẢNG BỘ TỈNH" parent, the motto on the parent\'s line', () => {
    const { meta } = importFixture('import-party-bch');
    expect(meta).toMatchObject({
      type: 'Kế hoạch',
      number: '112-KH/HU',
      issuer: 'Huyện ủy Đồng Xuân',
      level: 'district',
      district: 'Đồng Xuân',
      province: 'Phú Yên',
      provinceNow: 'Đắk Lắk',
      date: '2023-11-10',
    });
  });

  it('keeps a programme attached after "Nơi nhận" of a Government resolution as body, not recipients', () => {
    const { meta, body } = importFixture('import-government-attached');
    expect(meta).toMatchObject({
      type: 'Nghị quyết',
      number: '71/NQ-CP',
      issuer: 'Chính phủ',
      level: 'central',
      province: null,
      date: '2025-04-01',
      recipients: ['Ban Bí thư Trung ương Đảng', 'Lưu: VT, KGVX'],
      signer: { onBehalf: 'TM. CHÍNH PHỦ', title: 'Thủ tướng', name: 'Phạm Minh Chính' },
    });
    expect(body).toContain('## CHƯƠNG TRÌNH HÀNH ĐỘNG\n\nCỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW\n');
    expect(body).toContain('(Ban hành kèm theo Nghị quyết số 71/NQ-CP ngày 01 tháng 4 năm 2025 của Chính phủ)');
    expect(body).toContain('Tạo chuyển biến mạnh mẽ trong phát triển khoa học, công nghệ.');
  });

  it('reads a web copy that starts at its preamble, leaving unstated fields empty', () => {
    const { meta, warnings } = importFixture('import-web-copy');
    expect(meta).toMatchObject({ type: 'Kế hoạch', number: null, date: null, issuer: 'Tỉnh ủy', level: 'province', province: null });
    expect(warnings).toEqual([]);
  });

  it('reads through PDF damage: a split type word, a lost hyphen, a broken motto, Ư for U', () => {
    const { meta } = importFixture('import-pdf-damage');
    expect(meta).toMatchObject({
      type: 'Quyết định',
      title: 'Ban hành Kế hoạch thực hiện Nghị quyết số 13-NQ/TU của Tỉnh ủy',
      number: '250/QĐ-UBND',
      issuer: 'Chủ tịch Ủy ban nhân dân tỉnh Cà Mau',
      level: 'province',
      province: 'Cà Mau',
      date: '2024-02-14',
    });
  });

  it('reads a letterhead printed twice, once blank, once', () => {
    const plan = importFixture('import-letterhead-twice');
    expect(plan.meta).toMatchObject({
      type: 'Công văn',
      title: 'Triển khai công tác thông tin đối ngoại năm 2024',
      number: '312/UBND',
      issuer: 'Ủy ban nhân dân huyện Phú Tân',
      level: 'district',
      district: 'Phú Tân',
      province: null,
      date: '2023-10-04',
    });
    expect(plan.draft).toBe(false);
  });

  it('reads the letterhead under a web page\'s own title line, and a web copy that starts at its title', () => {
    const paged = 'Kế hoạch 44/KH-UBND năm 2018 về công tác thông tin đối ngoại\nỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 44/KH-UBND | Hà Tĩnh, ngày 08 tháng 02 năm 2018 |\nThực hiện Kết luận số 57-KL/TW, UBND tỉnh ban hành Kế hoạch như sau:\n1. Mục tiêu\nNội dung.\n';
    expect(importPlan(paged, { source: 'p.txt', path: 'p.txt', existing: null, repair: null }).meta).toMatchObject({
      type: 'Kế hoạch',
      number: '44/KH-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
      date: '2018-02-08',
    });
    const titled = 'Chương trình hành động thực hiện Kết luận số 57-KL/TW của Bộ Chính trị\nThực hiện Kết luận số 57-KL/TW, Ban Thường vụ Huyện ủy ban hành Chương trình hành động như sau:\nI. NHIỆM VỤ\nNội dung.\n';
    expect(importPlan(titled, { source: 't.txt', path: 't.txt', existing: null, repair: null }).meta).toMatchObject({
      type: 'Chương trình hành động',
      title: 'Thực hiện Kết luận số 57-KL/TW của Bộ Chính trị',
      number: null,
      date: null,
    });
  });

  it('leaves a commune name blanked out in a published template unstated', () => {
    const text = 'ỦY BAN NHÂN DÂN\nXÃ ..........\nSố: /BC-UBND\n.........., ngày 20 tháng 6 năm 2018\nBÁO CÁO\nKết quả sáu tháng đầu năm\nI. TÌNH HÌNH CHUNG\nNội dung.\n';
    const { meta } = importPlan(text, { source: 'bc.txt', path: 'bc.txt', existing: null, repair: null });
    expect(meta).toMatchObject({ type: 'Báo cáo', issuer: 'Ủy ban nhân dân xã', level: 'commune', province: null, number: null, date: '2018-06-20' });
  });

  it('warns, and leaves the type empty, when nothing in the text tells it', () => {
    const plan = importPlan('Danh sách đại biểu dự hội nghị\nNguyễn Văn A, Trần Thị B\n', {
      source: 'list.txt',
      path: 'list.txt',
      existing: null,
      repair: null,
    });
    expect(plan.meta.type).toBeNull();
    expect(plan.warnings).toEqual([
      {
        line: null,
        message: 'no document type found (no type line such as KẾ HOẠCH, no kind code in the number, no "V/v" or "Kính gửi:"); the type is left empty',
      },
    ]);
  });
});
