import { describe, expect, inject, it } from 'vitest';
import { screenshotPath, useBrowser } from './browser.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
const polling = { timeout: 15_000 };

describe('what a query means, in Chromium', () => {
  it('marks "tín" and never "tính" for "uy tín", in the snippets and on the plan page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${siteUrl}/?q=${encodeURIComponent('uy tín')}`);
    await expect.poll(() => page.getByRole('status').textContent(), polling).toMatch(/^Tìm thấy \d+ mục chứa đủ mọi từ$/);
    const marked = new Set((await page.locator('.results .snippet mark').allTextContents()).map((word) => word.toLowerCase()));
    expect(marked).toContain('tín');
    // A hit without "tín" as spelled (found by its folded form) marks any spelling of "tin", never a longer word.
    for (const word of ['tính', 'tỉnh', 'tình', 'tinh']) expect(marked).not.toContain(word);
    await page.screenshot({ path: screenshotPath('uy-tin-1280') });

    // Lâm Đồng's plan writes "uy tín" and, a few lines on, "uy tính": only the first is marked.
    await page.goto(`${siteUrl}/ke-hoach/lam-dong-ke-hoach-70dbcc?q=${encodeURIComponent('uy tín')}`);
    const text = await page.locator('article').textContent();
    expect(text).toContain('uy tính');
    const onPlan = new Set((await page.locator('article mark').allTextContents()).map((word) => word.toLowerCase()));
    expect([...onPlan].sort()).toEqual(['tín', 'uy']);
    await page.close();
  });

  it('finds a quoted word typed with marks only as spelled: its count, facets and marks agree', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Lâm Đồng's plan writes "trí thức"; three others write "tri thức", which the quotes exclude.
    await page.goto(`${siteUrl}/?q=${encodeURIComponent('"trí thức"')}`);
    await expect.poll(() => page.getByRole('status').textContent(), polling).toBe('Tìm thấy 1 mục chứa đủ mọi từ');
    const links = await page.locator('.results .result a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    expect(links.filter((href) => href.startsWith('/ke-hoach/')).every((href) => href.startsWith('/ke-hoach/lam-dong-ke-hoach-70dbcc'))).toBe(true);
    expect((await page.locator('.results .snippet mark').allTextContents()).map((word) => word.toLowerCase())).toEqual(['trí', 'thức']);
    // The province facet counts the same one section.
    await expect.poll(() => page.locator('aside').textContent(), polling).toMatch(/Lâm Đồng\s*1/);
    // Not the provinces of the plans that write "tri thức" (counting any spelling would list them).
    expect(await page.locator('aside').textContent()).not.toMatch(/Quảng Ngãi|Ninh Thuận/);
    await page.screenshot({ path: screenshotPath('quoted-tri-thuc-1280') });
    await page.close();
  });

  it('opens a shared link carrying utm_source and fbclid as the search it names, and repeats neither in its links', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const response = await page.goto(`${siteUrl}/?q=${encodeURIComponent('đối ngoại')}&utm_source=x&fbclid=IwAR0abc`);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole('searchbox', { name: 'Tìm trong các kế hoạch' }).inputValue()).toBe('đối ngoại');
    await expect.poll(() => page.getByRole('status').textContent(), polling).toMatch(/^Tìm thấy \d+ mục chứa đủ mọi từ$/);
    expect(await page.locator('.results .result').count()).toBeGreaterThan(0);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => /utm_source|fbclid/.test(href))).toEqual([]);
    await page.screenshot({ path: screenshotPath('utm-link-1280') });
    // The API still refuses it, naming the valid parameters.
    const api = await fetch(`${siteUrl}/api/search?q=x&utm_source=x`);
    expect(api.status).toBe(400);
    expect(((await api.json()) as { param: string }).param).toBe('utm_source');
    await page.close();
  });
});
