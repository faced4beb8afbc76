import { beforeAll, describe, expect, inject, it } from 'vitest';
import { seedSlugs } from './seed-slugs.ts';

const siteUrl = inject('siteUrl');
let seeds: Map<string, string>;

const page = async (path: string): Promise<{ status: number; html: string }> => {
  const response = await fetch(`${siteUrl}${path}`);
  return { status: response.status, html: await response.text() };
};

beforeAll(() => {
  seeds = seedSlugs();
});

describe('plan pages', () => {
  it('link seed 000 to the plan it cites, seed 004, and seed 004 back to it', async () => {
    const sonHa = seeds.get('000') ?? '';
    const quangNgai = seeds.get('004') ?? '';
    const citing = await page(`/ke-hoach/${sonHa}`);
    expect(citing.status).toBe(200);
    expect(citing.html).toContain(`<a href="/ke-hoach/${quangNgai}">254-KH/TU</a>`);
    const cited = await page(`/ke-hoach/${quangNgai}`);
    expect(cited.html).toContain('Được dẫn bởi');
    expect(cited.html).toContain(`<a href="/ke-hoach/${sonHa}">Kế hoạch số 162-KH/HU của Huyện ủy Sơn Hà</a>`);
  });

  it('mark the words of a query typed with diacritics as spelled, not their look-alikes', async () => {
    // Seed 004 writes "thông tin đối ngoại" and also "truyền thống", "uy tín", "nước ngoài".
    const { html } = await page(`/ke-hoach/${seeds.get('004')}?q=${encodeURIComponent('thông tin đối ngoại')}`);
    for (const word of ['thông', 'tin', 'đối', 'ngoại']) expect(html).toContain(`<mark>${word}</mark>`);
    for (const word of ['thống', 'tín', 'ngoài']) expect(html).not.toContain(`<mark>${word}</mark>`);
    // Typed without them, every spelling is marked.
    const plain = await page(`/ke-hoach/${seeds.get('004')}?q=${encodeURIComponent('thong tin')}`);
    expect(plain.html).toContain('<mark>thống</mark>');
  });

  it('mark "uy tín" as typed, from the text of the sections, not every "tin", "tình" or "Tỉnh"', async () => {
    const { html } = await page(`/ke-hoach/${seeds.get('004')}?q=${encodeURIComponent('uy tín')}`);
    expect(html).toContain('<mark>tín</mark>');
    for (const word of ['tin', 'tình', 'Tỉnh']) expect(html).not.toContain(`<mark>${word}</mark>`);
  });

  it('give every section its anchor, a copy-link control and a table-of-contents entry', async () => {
    const { html } = await page(`/ke-hoach/${seeds.get('000')}`);
    for (const anchor of ['mo-dau', 'iii-2-4', 'iv']) {
      expect(html).toContain(`id="${anchor}"`);
      expect(html).toContain(`<a href="#${anchor}">`);
      expect(html).toContain(`data-copy-link="/ke-hoach/${seeds.get('000')}#${anchor}"`);
    }
  });

  it('show an OCR plan repaired by default and as read with ?ban=goc', async () => {
    const slug = seeds.get('004') ?? '';
    const repaired = await page(`/ke-hoach/${slug}`);
    expect(repaired.html).toContain('Văn bản khôi phục từ OCR');
    expect(repaired.html).toContain('Xem bản OCR gốc');
    expect(repaired.html).toContain('Kết luận số 57-KL/TW');
    const original = await page(`/ke-hoach/${slug}?ban=goc`);
    expect(original.html).toContain('Xem bản đã khôi phục');
    expect(original.html).toMatch(/s6 57-KL\/TW|Két luan/);
  });

  it('mark the words of the search the reader came from', async () => {
    const { html } = await page(`/ke-hoach/${seeds.get('000')}?q=${encodeURIComponent('dĩ bất biến')}`);
    expect(html).toContain('<mark>dĩ</mark> <mark>bất</mark> <mark>biến</mark>');
  });
});

describe('the plans index', () => {
  it('lists every plan and draws the two charts', async () => {
    const { status, html } = await page('/ke-hoach');
    expect(status).toBe(200);
    expect(html).toContain('5 / 5 kế hoạch');
    expect(html).toContain('Số kế hoạch theo năm ban hành');
    expect(html).toContain('Số mục theo nhóm nhiệm vụ (toàn kho)');
    expect(html.match(/<svg /g)?.length).toBe(2);
  });

  it('filters plans by the province they belong to now', async () => {
    const { html } = await page('/ke-hoach?province=56');
    expect(html).toContain('1 / 5 kế hoạch');
    expect(html).toContain('Phan Rang-Tháp Chàm');
  });
});
