import { describe, expect, inject, it } from 'vitest';

const siteUrl = inject('siteUrl');
const siteDownUrl = inject('siteDownUrl');

describe('Meilisearch unreachable', () => {
  it('answers the search page with a Vietnamese 503 page and no stack trace', async () => {
    const response = await fetch(`${siteDownUrl}/?q=xay+va+chong`);
    const html = await response.text();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(html).toContain('Không thể tìm kiếm lúc này');
    expect(html).toContain('Máy chủ tìm kiếm hiện không phản hồi. Vui lòng thử lại sau ít phút.');
    expect(html).not.toMatch(/at \w+ \(|node:internal|ECONNREFUSED|fetch failed/);
  });

  it('answers /api/search with a 503 and a Vietnamese message', async () => {
    const response = await fetch(`${siteDownUrl}/api/search?q=UBND`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: 'Máy chủ tìm kiếm hiện không phản hồi. Vui lòng thử lại sau ít phút.' });
  });

  it('answers a plan page and the plans index with 503', async () => {
    expect((await fetch(`${siteDownUrl}/ke-hoach/son-ha-162-kh-hu-2024`)).status).toBe(503);
    expect((await fetch(`${siteDownUrl}/ke-hoach`)).status).toBe(503);
  });

  it('answers every page and endpoint that asks Meilisearch with the same 503, reason phrase and Retry-After', async () => {
    const paths = ['/', '/?q=tin', '/ke-hoach', '/ke-hoach/son-ha-162-kh-hu-2024', '/thuc-hien', '/api/search?q=tin', '/api/export?q=tin&format=csv', '/moi.atom', '/api/health'];
    const answers = await Promise.all(paths.map(async (path) => {
      const response = await fetch(`${siteDownUrl}${path}`);
      await response.arrayBuffer();
      return [path, response.status, response.statusText, response.headers.get('retry-after')];
    }));
    expect(answers).toEqual(paths.map((path) => [path, 503, 'Service Unavailable', '5']));
  });
});

describe('hostile input on the search page', () => {
  it('shows markup typed in the query as text, never as markup', async () => {
    const attack = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
    const response = await fetch(`${siteUrl}/?q=${encodeURIComponent(attack)}`);
    const html = await response.text();
    expect(response.status).toBe(200);
    // In attribute values the quote is escaped, so the value cannot end early; `<` is harmless there.
    expect(html).not.toContain('"><script>');
    expect(html).toContain('value="&quot;><script>alert(1)</script><img src=x onerror=alert(2)>"');
    // Everywhere else the markup is text.
    const withoutAttributes = html.replaceAll(/="[^"]*"/g, '=""');
    expect(withoutAttributes).not.toContain('<script>alert(1)');
    expect(withoutAttributes).not.toContain('<img src=x');
    expect(withoutAttributes).toContain('Từ khóa: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps a facet value that tries to inject a filter and markup inside its quotes', async () => {
    const attack = 'x" OR level = "district"<b>';
    const response = await fetch(`${siteUrl}/?agency=${encodeURIComponent(attack)}`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('Không tìm thấy mục nào');
    expect(html).not.toContain('"district"<b>');
    expect(html).toContain('Cơ quan chỉ đạo: x&quot; OR level = &quot;district&quot;&lt;b&gt;');
  });

  it('answers a malformed parameter with a Vietnamese 400 page', async () => {
    const response = await fetch(`${siteUrl}/?year=20x4`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Năm &quot;20x4&quot; không hợp lệ: cần năm gồm 4 chữ số, ví dụ 2024.');
  });

  it('answers an unknown plan with 404', async () => {
    expect((await fetch(`${siteUrl}/ke-hoach/khong-co-ke-hoach-nay`)).status).toBe(404);
  });

  it('serves the OpenSearch description that the pages link to', async () => {
    const page = await (await fetch(`${siteUrl}/`)).text();
    expect(page).toContain('<link rel="search" type="application/opensearchdescription+xml" title="Kế hoạch 57" href="/opensearch.xml">');
    const description = await fetch(`${siteUrl}/opensearch.xml`);
    expect(description.headers.get('content-type')).toBe('application/opensearchdescription+xml; charset=utf-8');
    expect(await description.text()).toContain(`template="${siteUrl}/?q={searchTerms}"`);
  });
});
