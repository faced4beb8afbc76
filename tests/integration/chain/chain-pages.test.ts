import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';

const siteUrl = inject('siteUrl');
const siteDownUrl = inject('siteDownUrl');

const page = async (path: string): Promise<{ status: number; html: string }> => {
  const response = await fetch(`${siteUrl}${path}`);
  return { status: response.status, html: await response.text() };
};

/** The HTML of the coverage table row of a province (by its code from 1 July 2025). */
function row(html: string, code: string): string {
  return new RegExp(`<tr id="tinh-${code}">[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
}

describe('the coverage of 57-KL/TW', () => {
  it('lists Quảng Ngãi with its provincial plan and Sơn Hà', async () => {
    const { status, html } = await page('/thuc-hien/57-kl-tw');
    expect(status).toBe(200);
    const quangNgai = row(html, '51');
    expect(quangNgai).toContain('<a href="/ke-hoach/quang-ngai-254-kh-tu-2024">Kế hoạch số 254-KH/TU</a>');
    expect(quangNgai).toContain('<strong>Sơn Hà: </strong><a href="/ke-hoach/son-ha-162-kh-hu-2024">Kế hoạch số 162-KH/HU</a>');
    expect(quangNgai).toContain('19/01/2024 – 20/08/2024');
  });

  it('lists Phan Rang-Tháp Chàm under Khánh Hòa, as of Ninh Thuận, with 240-KH/TU missing', async () => {
    const khanhHoa = row((await page('/thuc-hien/57-kl-tw')).html, '56');
    expect(khanhHoa).toContain('gồm Khánh Hòa (0), Ninh Thuận (1)');
    expect(khanhHoa).toContain('<strong>Phan Rang-Tháp Chàm: </strong><a href="/ke-hoach/phan-rang-thap-cham-256-kh-tu-2023">Kế hoạch số 256-KH/TU</a>');
    expect(khanhHoa).toContain('<span class="missing">Kế hoạch số 240-KH/TU</span>');
  });

  it('lists Lâm Đồng, and colours its tile as having a provincial plan', async () => {
    const { html } = await page('/thuc-hien/57-kl-tw');
    expect(row(html, '68')).toContain('<a href="/ke-hoach/lam-dong-ke-hoach-70dbcc">Kế hoạch (không ghi số)</a>');
    expect(html).toMatch(/<li class="tile tile-province [^"]*"><a href="#tinh-68" aria-label="Lâm Đồng: 1 kế hoạch, có kế hoạch cấp tỉnh"/);
    expect(html).toMatch(/<li class="tile tile-local [^"]*"><a href="#tinh-56" aria-label="Khánh Hòa: 1 kế hoạch, chỉ có kế hoạch cấp huyện, xã, 1 văn bản được dẫn chưa có"/);
    expect(html).toMatch(/<li class="tile tile-none [^"]*"><a href="#tinh-01" aria-label="Hà Nội: 0 kế hoạch, chưa có kế hoạch trong kho"/);
  });

  it('answers 404 for a number no plan cites, and 503 when Meilisearch is down', async () => {
    const missing = await page('/thuc-hien/99-kl-tw');
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('Không có kế hoạch nào trong kho dẫn văn bản “99-kl-tw”.');
    expect((await fetch(`${siteDownUrl}/thuc-hien/57-kl-tw`)).status).toBe(503);
  });
});

describe('plans side by side', () => {
  it('is offered on the plan page of the district plan and of the provincial plan', async () => {
    const link = '<a href="/so-sanh/son-ha-162-kh-hu-2024/quang-ngai-254-kh-tu-2024">';
    expect((await page('/ke-hoach/son-ha-162-kh-hu-2024')).html).toContain(`${link}So sánh với 254-KH/TU (văn bản được dẫn)</a>`);
    expect((await page('/ke-hoach/quang-ngai-254-kh-tu-2024')).html).toContain(`${link}So sánh 162-KH/HU (dẫn kế hoạch này) với kế hoạch này</a>`);
  });

  it('aligns the fourteen sections of 162-KH/HU with those of 254-KH/TU and marks the words that differ', async () => {
    const { status, html } = await page('/so-sanh/son-ha-162-kh-hu-2024/quang-ngai-254-kh-tu-2024');
    expect(status).toBe(200);
    expect(html).toContain('14 mục khớp nhau: 10 cùng số mục, 4 theo nội dung (đánh số khác). Mục chỉ có ở 162-KH/HU: 0; chỉ có ở 254-KH/TU: 0.');
    expect(html).toContain('Khớp mục III.2.3 với mục III.3 (theo nội dung)');
    expect(html).toContain('<del class="diff-removed">I}e‘ảnh</del>');
    expect(html).toContain('254-KH/TU là bản quét đọc bằng OCR');
  });

  it('answers 404 when a plan does not exist', async () => {
    expect((await page('/so-sanh/son-ha-162-kh-hu-2024/khong-co')).status).toBe(404);
  });
});

describe('export and feeds', () => {
  it('exports every hit of a search as CSV with a BOM, the columns and the Vietnamese text intact', async () => {
    const response = await fetch(`${siteUrl}/api/export?level=district&format=csv`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="ke-hoach-57-tat-ca.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(3));
    const lines = text.split('\r\n').filter((line) => line !== '');
    expect(lines[0]).toBe('"Số, ký hiệu",Loại văn bản,Trích yếu,Cơ quan ban hành,Cấp,Tỉnh (trước 1/7/2025),Tỉnh (từ 1/7/2025),Ngày ban hành,Mục,Đề mục,Trích đoạn,Liên kết');
    expect(text).toContain(',Huyện ủy Sơn Hà,Cấp huyện,Quảng Ngãi,Quảng Ngãi,2024-08-20,');
    expect(text).toContain(`${siteUrl}/ke-hoach/son-ha-162-kh-hu-2024#`);
    const search = await (await fetch(`${siteUrl}/api/search?level=district`)).json() as { total: number; hits: unknown[] };
    expect(search.total).toBeGreaterThan(search.hits.length);
    expect(lines).toHaveLength(search.total + 1);
  });

  it('exports the same hits as JSON, all of them, with absolute links', async () => {
    const body = await (await fetch(`${siteUrl}/api/export?q=xay+va+chong&province=51&format=json`)).json() as { total: number; truncated: boolean; hits: { link: string; plan: { provinceNow: string } }[] };
    const search = await (await fetch(`${siteUrl}/api/search?q=xay+va+chong&province=51`)).json() as { total: number };
    expect(body.total).toBe(search.total);
    expect(body.truncated).toBe(false);
    expect(body.hits.every((hit) => hit.plan.provinceNow === 'Quảng Ngãi' && hit.link.startsWith(`${siteUrl}/ke-hoach/`))).toBe(true);
  });

  it('refuses a bad format with a 400 naming the parameter', async () => {
    const response = await fetch(`${siteUrl}/api/export?q=a&format=xlsx`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'Định dạng "xlsx" không hợp lệ: chọn format=csv, format=json hoặc format=atom.', param: 'format' });
  });

  it('serves /moi.atom with the elements the Atom schema requires, newest plan first', async () => {
    const response = await fetch(`${siteUrl}/moi.atom`);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['entry', 'link', 'author'].includes(name) });
    const { feed } = parser.parse(await response.text());
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`${siteUrl}/moi.atom`);
    expect(feed.title).toBe('Kế hoạch 57-KL/TW: kế hoạch mới');
    expect(feed.updated).toBe('2024-08-20T00:00:00.000Z');
    expect(feed.author[0].name).toBe('Tra cứu kế hoạch 57-KL/TW');
    expect(feed.link).toContainEqual({ rel: 'self', href: `${siteUrl}/moi.atom` });
    expect(feed.entry).toHaveLength(5);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(new RegExp(`^${siteUrl}/ke-hoach/[a-z0-9-]+$`));
      expect(entry.title['#text'].length).toBeGreaterThan(0);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
      expect(entry.link[0].href).toBe(entry.id);
      expect(entry.author[0].name.length).toBeGreaterThan(0);
    }
    expect(feed.entry[0].title['#text']).toBe('Kế hoạch số 162-KH/HU – Huyện ủy Sơn Hà');
  });

  it('links the search page to its feed and its exports', async () => {
    const { html } = await page('/?q=xay+va+chong');
    expect(html).toContain('<link rel="alternate" type="application/atom+xml" title="Kế hoạch 57-KL/TW: kế hoạch mới" href="/moi.atom">');
    expect(html).toContain('<link rel="alternate" type="application/atom+xml" title="Kế hoạch 57-KL/TW: tìm “xay va chong”" href="/api/export?q=xay+va+chong&amp;format=atom">');
    expect(html).toContain('<a href="/api/export?q=xay+va+chong&amp;format=csv" download>CSV</a>');
  });
});
