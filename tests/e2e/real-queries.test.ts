import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { seedSlugs } from '../integration/api/seed-slugs.ts';
import { screenshotPath, useBrowser } from './browser.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

// The machine is shared: a first answer can take a few seconds.
const polling = { timeout: 15_000 };
const facets = (page: Page) => page.getByRole('complementary', { name: 'Lọc kết quả' });

/** "19/01/2024" in a hit's meta line → "2024-01-19"; null for an undated hit. */
async function hitDates(page: Page): Promise<(string | null)[]> {
  const metas = await page.locator('.results .result .meta:first-of-type').allTextContents();
  return metas.map((meta) => {
    const match = /ngày (\d{2})\/(\d{2})\/(\d{4})/.exec(meta);
    return match ? `${match[3]}-${match[2]}-${match[1]}` : null;
  });
}

describe('searching as a new user would, in Chromium', () => {
  it('orders every hit by date when "Mới nhất" is chosen, undated last', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${siteUrl}/?q=${encodeURIComponent('thông tin')}`);
    await page.getByLabel('Sắp xếp').selectOption({ label: 'Mới nhất' });
    await page.getByRole('button', { name: 'Áp dụng' }).click();
    await page.waitForURL(/sort=date-desc/);
    const dates = await hitDates(page);
    const dated = dates.filter((date) => date !== null);
    expect(dated.length).toBeGreaterThan(1);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((date) => date === null)).toBe(true);
    await page.close();
  });

  it('keeps only the chosen document type through the type facet, with its count', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${siteUrl}/?q=${encodeURIComponent('đối ngoại')}`);
    const typeGroup = facets(page).locator('details[data-facet="type"]');
    await expect.poll(() => typeGroup.locator('summary').textContent(), polling).toBe('Loại văn bản');
    const link = typeGroup.getByRole('link', { name: /^Kế hoạch/ });
    const count = await link.locator('.count').textContent();
    await link.click();
    await page.waitForURL(/type=K%E1%BA%BF\+ho%E1%BA%A1ch/);
    await expect.poll(() => page.getByRole('list', { name: 'Bộ lọc đang dùng' }).textContent(), polling).toContain('Loại: Kế hoạch');
    await expect.poll(() => page.getByRole('status').textContent(), polling).toContain(`Tìm thấy ${count} mục`);
    await page.close();
  });

  it('shows the closest partial matches under their own heading and names the word found nowhere', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${siteUrl}/?q=${encodeURIComponent('đối ngoại qwertyzz')}`);
    await expect.poll(() => page.getByRole('status').textContent(), polling).toContain('Không có mục nào chứa đủ mọi từ');
    expect(await page.locator('.missing-words').textContent()).toBe('Không tìm thấy từ: qwertyzz');
    const heading = page.getByRole('heading', { name: /^Kết quả gần đúng: \d+ mục chứa một phần các từ$/ });
    expect(await heading.isVisible()).toBe(true);
    // The partial hits come after their heading, never above it among full matches.
    const headingTop = await heading.evaluate((element) => element.getBoundingClientRect().top);
    const firstHitTop = await page.locator('.results .result').first().evaluate((element) => element.getBoundingClientRect().top);
    expect(firstHitTop).toBeGreaterThan(headingTop);
    // No filter is set, so the advice does not say to drop one.
    expect(await page.locator('.empty').textContent()).not.toContain('Bỏ bớt bộ lọc');
    await page.screenshot({ path: screenshotPath('partial-1280'), fullPage: true });
    await page.close();
  });

  it('marks on the plan page the word typed with marks as spelled, not its look-alikes', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${siteUrl}/ke-hoach/${seedSlugs().get('004')}?q=${encodeURIComponent('uy tín')}`);
    const marked = await page.locator('article mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    const words = new Set(marked.map((word) => word.toLowerCase()));
    expect(words).toContain('tín');
    expect(words).toContain('uy');
    // The complaint: every spelling of "tin" was marked because the page never read the text.
    for (const word of ['tin', 'tình', 'tỉnh', 'tìn']) expect(words).not.toContain(word);
    await page.close();
  });

  it('keeps the query in the box on an error page, and the plan in view when opened at a section', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const response = await page.goto(`${siteUrl}/?q=${encodeURIComponent('xây dựng')}&from=31/02/2024`);
    expect(response?.status()).toBe(400);
    expect(await page.getByRole('searchbox', { name: 'Tìm trong các kế hoạch' }).inputValue()).toBe('xây dựng');
    await page.goto(`${siteUrl}/ke-hoach/${seedSlugs().get('000')}#iii-2-4`);
    const context = page.locator('.plan-context');
    expect(await context.textContent()).toContain('Kế hoạch số 162-KH/HU');
    const top = await context.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBe(0);
    await page.screenshot({ path: screenshotPath('plan-anchor-375') });
    await page.close();
  });
});
