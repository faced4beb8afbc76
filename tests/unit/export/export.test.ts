import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { groupHitsByPlan, plansToAtom } from '../../../src/lib/export/atom-feed.ts';
import { exportHref, parseExportParams } from '../../../src/lib/export/export-request.ts';
import { csvColumns, hitsToCsv, neutralizeFormula } from '../../../src/lib/export/hits-to-csv.ts';
import { snippetText } from '../../../src/lib/export/snippet-text.ts';
import { SearchParamError } from '../../../src/lib/search/params.ts';
import type { SearchHit } from '../../../src/lib/search/search-result.ts';

const hit = (slug: string, anchor: string, fields: Partial<SearchHit['plan']> = {}): SearchHit => ({
  url: `/ke-hoach/${slug}#${anchor}`,
  plan: { slug, number: '162-KH/HU', title: 'Triển khai thực hiện Kết luận số 57-KL/TW', type: 'Kế hoạch', issuer: 'Huyện ủy Sơn Hà', level: 'district', province: 'Quảng Ngãi', provinceNow: 'Quảng Ngãi', date: '2024-08-20', ...fields },
  section: { path: 'III.2.4', anchor, heading: '2.4. Đẩy mạnh đấu tranh phản bác', breadcrumb: [] },
  snippet: '- Đấu tranh &quot;xây&quot; và <mark>chống</mark> &lt;ngay&gt;',
  repaired: false,
});

describe('parseExportParams', () => {
  it('takes the search parameters and the format, and ignores the page', () => {
    const parsed = parseExportParams(new URLSearchParams('q=xây dựng&province=51&page=3&format=csv'));
    expect(parsed.format).toBe('csv');
    expect(parsed.search).toMatchObject({ q: 'xây dựng', provinces: ['51'], page: 1 });
  });

  it('refuses a missing or unknown format with a message naming the choices', () => {
    expect(() => parseExportParams(new URLSearchParams('q=a'))).toThrow(new SearchParamError('format', 'Định dạng "" không hợp lệ: chọn format=csv, format=json hoặc format=atom.'));
    expect(() => parseExportParams(new URLSearchParams('format=xlsx'))).toThrow('Định dạng "xlsx" không hợp lệ: chọn format=csv, format=json hoặc format=atom.');
  });

  it('passes a bad search parameter on as the search module words it', () => {
    expect(() => parseExportParams(new URLSearchParams('format=json&province=5'))).toThrow('Không biết tỉnh "5": cần tên tỉnh, thành phố (trước hoặc sau 1/7/2025) hoặc mã gồm 2 chữ số, ví dụ 51.');
  });

  it('builds the export link of a search without its page', () => {
    expect(exportHref({ ...parseExportParams(new URLSearchParams('q=xây&level=district&format=csv')).search, page: 4 }, 'json'))
      .toBe('/api/export?q=x%C3%A2y&level=district&format=json');
  });
});

describe('hitsToCsv', () => {
  it('starts with a byte-order mark and the header row, and keeps Vietnamese text and absolute links', () => {
    const csv = hitsToCsv([hit('son-ha-162-kh-hu-2024', 'iii-2-4')], 'http://127.0.0.1:4321');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('"Số, ký hiệu",Loại văn bản,Trích yếu,Cơ quan ban hành,Cấp,Tỉnh (trước 1/7/2025),Tỉnh (từ 1/7/2025),Ngày ban hành,Mục,Đề mục,Trích đoạn,Liên kết');
    expect(csvColumns).toHaveLength(12);
    expect(lines[1]).toBe('162-KH/HU,Kế hoạch,Triển khai thực hiện Kết luận số 57-KL/TW,Huyện ủy Sơn Hà,Cấp huyện,Quảng Ngãi,Quảng Ngãi,2024-08-20,III.2.4,2.4. Đẩy mạnh đấu tranh phản bác,"\'- Đấu tranh ""xây"" và chống <ngay>",http://127.0.0.1:4321/ke-hoach/son-ha-162-kh-hu-2024#iii-2-4');
  });

  it('neutralizes cells a spreadsheet would run as formulas', () => {
    expect(neutralizeFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutralizeFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralizeFormula('254-KH/TU')).toBe('254-KH/TU');
  });
});

describe('snippetText', () => {
  it('drops the marks and unescapes the text', () => {
    expect(snippetText('a &amp; b &lt;<mark>c</mark>&gt; &#39;d&#39;')).toBe("a & b <c> 'd'");
  });
});

describe('plansToAtom', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['entry', 'link', 'author'].includes(name) });
  const context = { origin: 'http://127.0.0.1:4321', self: '/api/export?q=ch%E1%BB%91ng&format=atom', page: '/?q=ch%E1%BB%91ng', title: 'Kế hoạch 57-KL/TW: tìm “chống”' };

  it('writes the elements the Atom schema requires, for the feed and each entry', () => {
    const { plans, sections } = groupHitsByPlan([hit('son-ha', 'iii-2-4'), hit('son-ha', 'iv'), hit('lam-dong', 'ii', { number: null, date: null, issuer: 'Tỉnh ủy Lâm Đồng' })]);
    const { feed } = parser.parse(plansToAtom(plans, context, sections));
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('http://127.0.0.1:4321/api/export?q=ch%E1%BB%91ng&format=atom');
    expect(feed.title).toBe('Kế hoạch 57-KL/TW: tìm “chống”');
    expect(feed.updated).toBe('2024-08-20T00:00:00.000Z');
    expect(feed.author[0].name).toBe('Tra cứu kế hoạch 57-KL/TW');
    expect(feed.link.map((link: { rel?: string; href: string }) => [link.rel ?? 'alternate', link.href])).toEqual([
      ['alternate', 'http://127.0.0.1:4321/?q=ch%E1%BB%91ng'],
      ['self', 'http://127.0.0.1:4321/api/export?q=ch%E1%BB%91ng&format=atom'],
    ]);
    expect(feed.entry.map((entry: { id: string; title: { '#text': string } | string; updated: string; author: { name: string }[] }) => [entry.id, typeof entry.title === 'string' ? entry.title : entry.title['#text'], entry.updated, entry.author[0]?.name])).toEqual([
      ['http://127.0.0.1:4321/ke-hoach/son-ha', 'Kế hoạch số 162-KH/HU – Huyện ủy Sơn Hà', '2024-08-20T00:00:00.000Z', 'Huyện ủy Sơn Hà'],
      ['http://127.0.0.1:4321/ke-hoach/lam-dong', 'Kế hoạch – Tỉnh ủy Lâm Đồng', '2024-08-20T00:00:00.000Z', 'Tỉnh ủy Lâm Đồng'],
    ]);
    expect(feed.entry[0].link[0].href).toBe('http://127.0.0.1:4321/ke-hoach/son-ha');
    expect(feed.entry[0].content['#text']).toContain('<a href="http://127.0.0.1:4321/ke-hoach/son-ha#iv">2.4. Đẩy mạnh đấu tranh phản bác</a>');
  });

  it('escapes an entry title, since the library declares it HTML', () => {
    const xml = plansToAtom([hit('a', 'i', { issuer: 'Ban <Tuyên giáo> & Dân vận' }).plan], context);
    expect(xml).toContain('<title type="html"><![CDATA[Kế hoạch số 162-KH/HU – Ban &lt;Tuyên giáo&gt; &amp; Dân vận]]></title>');
  });
});
