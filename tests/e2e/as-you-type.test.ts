import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshotPath, useBrowser } from './browser.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Tìm trong các kế hoạch' });
const firstHit = (page: Page) => page.getByRole('article').first().textContent();

/** The pages and fetches the page asks the site for, from now on. */
function recordRequests(page: Page): URL[] {
  const seen: URL[] = [];
  page.on('request', (request) => {
    if (['document', 'fetch', 'xhr'].includes(request.resourceType())) seen.push(new URL(request.url()));
  });
  return seen;
}

describe('as-you-type search', () => {
  it('asks /api/search for the rendered results, never the page, with one history entry for a run of typing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${siteUrl}/?q=UBND`);
    const start = await page.evaluate(() => history.length);
    const before = await firstHit(page);
    const requests = recordRequests(page);

    await searchBox(page).fill('xay va');
    await page.waitForURL(`${siteUrl}/?q=xay+va`);
    await searchBox(page).press('End');
    await page.keyboard.type(' chong');
    await page.waitForURL(`${siteUrl}/?q=xay+va+chong`);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^\s*Tìm thấy [\d.]+ mục chứa đủ mọi từ\s*$/);
    expect(await firstHit(page)).not.toBe(before);
    expect(await page.title()).toBe('xay va chong – Tìm kiếm kế hoạch 57-KL/TW');
    await page.screenshot({ path: screenshotPath('as-you-type-1280'), fullPage: false });

    expect(requests.length).toBeGreaterThanOrEqual(2);
    expect(requests.map((url) => `${url.pathname} ${url.searchParams.get('format')}`)).toEqual(requests.map(() => '/api/search html'));
    expect(requests.at(-1)?.searchParams.get('q')).toBe('xay va chong');
    // The first pause added an entry; the next one replaced it.
    expect(await page.evaluate(() => history.length)).toBe(start + 1);

    await page.goBack();
    await page.waitForURL(`${siteUrl}/?q=UBND`);
    await expect.poll(() => searchBox(page).inputValue()).toBe('UBND');
    await expect.poll(() => firstHit(page)).toBe(before);
    expect(await page.title()).toBe('UBND – Tìm kiếm kế hoạch 57-KL/TW');
    // Back, too, fetched the results from the API instead of loading the page.
    expect(requests.filter((url) => url.pathname !== '/api/search')).toEqual([]);
    await page.close();
  });

  it('keeps a committed search: Enter ends the run, so the next typing makes an entry of its own', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/`);
    const start = await page.evaluate(() => history.length);
    await searchBox(page).fill('đối ngoại');
    await page.waitForURL(/q=%C4%91%E1%BB%91i/);
    await searchBox(page).press('Enter');
    expect(await page.evaluate(() => history.length)).toBe(start + 1);
    await searchBox(page).fill('UBND');
    await page.waitForURL(/q=UBND/);
    expect(await page.evaluate(() => history.length)).toBe(start + 2);
    await page.goBack();
    await page.waitForURL(/q=%C4%91%E1%BB%91i/);
    await expect.poll(() => searchBox(page).inputValue()).toBe('đối ngoại');
    await page.close();
  });
});

describe('the results fragment', () => {
  it('answers /api/search?…&format=html with the results region as HTML, without a page around it', async () => {
    const response = await fetch(`${siteUrl}/api/search?q=xay+va+chong&province=51&format=html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).not.toMatch(/<html|<head|<body/i);
    expect(html).toContain('<title>xay va chong – Tìm kiếm kế hoạch 57-KL/TW</title>');
    expect(html).toMatch(/<p id="search-status"[^>]*>\s*Tìm thấy <strong>[\d.]+<\/strong> mục chứa đủ mọi từ\s*<\/p>/);
    expect(html).toContain('id="search-results"');
    expect(html).toMatch(/<div data-kept[^>]*>\s*<input type="hidden" name="province" value="51"/);
  });

  it('renders a bad parameter as the page does, with a 400', async () => {
    const response = await fetch(`${siteUrl}/api/search?q=x&year=20&format=html`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('<h2>Yêu cầu tìm kiếm không hợp lệ</h2><p>Năm &quot;20&quot; không hợp lệ: cần năm gồm 4 chữ số, ví dụ 2024.</p>');
  });

  it('refuses a format other than json or html, naming the parameter', async () => {
    const response = await fetch(`${siteUrl}/api/search?q=x&format=xml`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'Tham số "format" chỉ nhận json hoặc html.', param: 'format' });
  });
});
