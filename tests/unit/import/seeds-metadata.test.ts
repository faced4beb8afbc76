import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../../src/lib/plan/read-plan-file.ts';
import { importSeed, seeds } from './seed-helpers.ts';

function committed(slug: string) {
  const path = `content/plans/${slug}.md`;
  return readPlanFile(path, readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
}

describe('seed metadata, as the corpus table gives it', () => {
  it('reads 000 as Huyện ủy Sơn Hà, Quảng Ngãi, 162-KH/HU of 20/8/2024', () => {
    const { slug, meta } = importSeed(seeds.sonHa);
    expect(slug).toBe('son-ha-162-kh-hu-2024');
    expect(meta).toMatchObject({
      type: 'Kế hoạch',
      number: '162-KH/HU',
      issuer: 'Huyện ủy Sơn Hà',
      level: 'district',
      province: 'Quảng Ngãi',
      provinceCode: '51',
      provinceNow: 'Quảng Ngãi',
      provinceNowCode: '51',
      district: 'Sơn Hà',
      date: '2024-08-20',
      cites: ['57-KL/TW', '254-KH/TU'],
      signer: { onBehalf: 'T/M BAN THƯỜNG VỤ', title: 'Bí thư', name: 'Trần Văn Luật' },
      ocr: false,
    });
    expect(meta.title).toBe(
      'Triển khai thực hiện Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới',
    );
    expect(meta.recipients).toHaveLength(9);
    expect(meta.recipients[5]).toBe('Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện');
  });

  it('reads 001 as Tỉnh ủy Lâm Đồng with no number and no date', () => {
    const { slug, meta } = importSeed(seeds.lamDong);
    expect(meta).toMatchObject({
      number: null,
      date: null,
      issuer: 'Tỉnh ủy Lâm Đồng',
      level: 'province',
      province: 'Lâm Đồng',
      provinceCode: '68',
      provinceNow: 'Lâm Đồng',
      provinceNowCode: '68',
      district: null,
      signer: { onBehalf: 'T/M BAN THƯỜNG VỤ', title: 'Phó Bí thư', name: 'Trần Đình Văn' },
    });
    expect(slug).toMatch(/^lam-dong-ke-hoach-[0-9a-f]{6}$/);
    expect(meta.recipients.at(-1)).toBe('Lưu Văn phòng Tỉnh ủy, KT2');
  });

  it('reads 002 as Thành ủy Phan Rang-Tháp Chàm, Ninh Thuận, now Khánh Hòa', () => {
    const { slug, meta } = importSeed(seeds.phanRang);
    expect(slug).toBe('phan-rang-thap-cham-256-kh-tu-2023');
    expect(meta).toMatchObject({
      number: '256-KH/TU',
      issuer: 'Thành ủy Phan Rang-Tháp Chàm',
      level: 'district',
      province: 'Ninh Thuận',
      provinceCode: '58',
      provinceNow: 'Khánh Hòa',
      provinceNowCode: '56',
      district: 'Phan Rang-Tháp Chàm',
      date: '2023-09-19',
      cites: ['57-KL/TW', '240-KH/TU'],
      signer: { onBehalf: 'T/M BAN THƯỜNG VỤ', title: 'Phó Bí thư', name: 'Bùi Văn Phú' },
    });
  });

  it('leaves 003 without province, district, number or date, since its text names none', () => {
    const { meta } = importSeed(seeds.unnamed);
    expect(meta).toMatchObject({
      issuer: 'Huyện ủy',
      level: 'district',
      province: null,
      provinceCode: null,
      provinceNow: null,
      provinceNowCode: null,
      district: null,
      number: null,
      date: null,
      cites: ['57-KL/TW', '76-HD/BTGTU'],
    });
    expect(meta.title.startsWith('Nghiên cứu, học tập, quán triệt')).toBe(true);
    expect(meta.title).not.toContain('**');
  });

  it('reads 004 (OCR) as Tỉnh ủy Quảng Ngãi, 254-KH/TU of 19/01/2024', () => {
    const { slug, meta, original } = importSeed(seeds.quangNgai);
    expect(slug).toBe('quang-ngai-254-kh-tu-2024');
    expect(meta).toMatchObject({
      number: '254-KH/TU',
      issuer: 'Tỉnh ủy Quảng Ngãi',
      level: 'province',
      province: 'Quảng Ngãi',
      provinceCode: '51',
      provinceNowCode: '51',
      district: null,
      date: '2024-01-19',
      ocr: true,
    });
    expect(meta.signer?.title).toBe('Phó Bí thư');
    expect(original).not.toBeNull();
  });

  it('commits plan files whose front matter validates and whose OCR title is repaired', () => {
    const plan = committed('quang-ngai-254-kh-tu-2024');
    expect(plan.meta.title.startsWith('Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị')).toBe(true);
    expect(plan.meta.signer?.onBehalf).toBe('T/M BAN THƯỜNG VỤ');
    for (const slug of ['son-ha-162-kh-hu-2024', 'phan-rang-thap-cham-256-kh-tu-2023']) {
      expect(committed(slug).meta.provenance.number).toBe('extracted');
    }
  });
});
