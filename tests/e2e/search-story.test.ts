import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshotPath, useBrowser } from './browser.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

/** Whether the element's top is inside the viewport. */
function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= -1 && box.top < window.innerHeight;
  });
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Tìm trong các kế hoạch' });
const facets = (page: Page) => page.getByRole('complementary', { name: 'Lọc kết quả' });
const status = (page: Page) => page.getByRole('status');

describe('the story: search without diacritics, narrow, open, share', () => {
  it('finds, filters, opens a section in view and marked, and its link lands there again', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${siteUrl}/`);
    // As you type: the URL follows without a page load.
    await searchBox(page).fill('xay va chong');
    await page.waitForURL(/[?&]q=xay\+va\+chong/);
    await expect.poll(() => status(page).textContent()).toMatch(/Tìm thấy \d+ mục/);
    const before = Number(/Tìm thấy ([\d.]+)/.exec((await status(page).textContent()) ?? '')?.[1]?.replace('.', ''));

    await facets(page).getByRole('link', { name: /^Quảng Ngãi/ }).click();
    await page.waitForURL(/province=51/);
    // Keyboard users keep their place: the selected value's new link has the focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Quảng Ngãi');
    await facets(page).getByRole('link', { name: /^Cấp huyện/ }).click();
    await page.waitForURL(/level=district/);
    const after = Number(/Tìm thấy ([\d.]+)/.exec((await status(page).textContent()) ?? '')?.[1]?.replace('.', ''));
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    await expect.poll(() => page.getByRole('list', { name: 'Bộ lọc đang dùng' }).textContent()).toContain('Cấp: Cấp huyện');
    await page.screenshot({ path: screenshotPath('search-1280'), fullPage: true });

    const first = page.getByRole('article').first();
    const snippet = await first.locator('.snippet').innerHTML();
    expect(snippet).toMatch(/<mark>xây<\/mark>/i);
    await first.getByRole('heading').getByRole('link').click();
    await page.waitForURL(/\/ke-hoach\/[a-z0-9-]+\?q=xay(\+|%20)va(\+|%20)chong#[a-z0-9-]+$/);
    const anchor = new URL(page.url()).hash.slice(1);
    expect(await inView(page, `[id="${anchor}"]`)).toBe(true);
    expect(await page.locator(`[id="${anchor}"] mark`).count()).toBeGreaterThan(0);
    expect(await page.locator(`[id="${anchor}"]`).evaluate((element) => element.matches(':target'))).toBe(true);
    await page.screenshot({ path: screenshotPath('plan-1280') });

    // The copy-link control holds the permalink: no query, the section's anchor.
    const copy = page.locator(`[id="${anchor}"]`).getByRole('button', { name: /^Sao chép liên kết/ });
    const permalink = new URL((await copy.getAttribute('data-copy-link')) ?? '', siteUrl).href;
    expect(permalink).toBe(`${siteUrl}${new URL(page.url()).pathname}#${anchor}`);

    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const colleague = await fresh.newPage();
    await colleague.goto(permalink);
    expect(new URL(colleague.url()).hash).toBe(`#${anchor}`);
    expect(await inView(colleague, `[id="${anchor}"]`)).toBe(true);
    await fresh.close();
    await page.close();
  });

  it('works the same with JavaScript disabled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/`);
    await searchBox(page).fill('xay va chong');
    await searchBox(page).press('Enter');
    await page.waitForURL(/[?&]q=xay\+va\+chong/);
    await facets(page).getByRole('link', { name: /^Quảng Ngãi/ }).click();
    await page.waitForURL(/province=51/);
    await facets(page).getByRole('link', { name: /^Cấp huyện/ }).click();
    await page.waitForURL(/level=district/);
    expect(await status(page).textContent()).toMatch(/Tìm thấy [1-9]\d* mục/);
    await page.getByRole('article').first().getByRole('heading').getByRole('link').click();
    await page.waitForURL(/\/ke-hoach\/[a-z0-9-]+\?q=xay(\+|%20)va(\+|%20)chong#[a-z0-9-]+$/);
    const anchor = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${anchor}"] mark`).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('restores the previous search with the back button after typing', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/`);
    await searchBox(page).fill('đối ngoại');
    await page.waitForURL(/q=%C4%91%E1%BB%91i/);
    // Submitted: the next typing run starts a history entry of its own.
    await searchBox(page).press('Enter');
    const firstResults = await page.getByRole('article').first().textContent();
    await searchBox(page).fill('dĩ bất biến');
    await page.waitForURL(/q=d%C4%A9/);
    await expect.poll(() => page.getByRole('article').first().textContent()).not.toBe(firstResults);
    await page.goBack();
    await page.waitForURL(/q=%C4%91%E1%BB%91i/);
    await expect.poll(() => searchBox(page).inputValue()).toBe('đối ngoại');
    await expect.poll(() => page.getByRole('article').first().textContent()).toBe(firstResults);
    await page.close();
  });

  it('focuses the search box with the "/" key', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/?q=UBND`);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    expect(await searchBox(page).evaluate((element) => element === document.activeElement)).toBe(true);
    await page.close();
  });

  it('finds a province by its name after the merger in the facet filter box', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/`);
    const filter = facets(page).getByRole('searchbox', { name: 'Tìm tỉnh theo tên cũ hoặc mới' });
    await filter.fill('khanh hoa');
    await expect.poll(() => facets(page).getByRole('link', { name: /^Quảng Ngãi/ }).isVisible()).toBe(false);
    expect(await facets(page).getByRole('link', { name: /^Ninh Thuận/ }).isVisible()).toBe(true);
    expect(await facets(page).getByRole('link', { name: /^Ninh Thuận/ }).textContent()).toContain('nay thuộc Khánh Hòa');
    await page.close();
  });

  it('filtered by a province after the merger, counts under it the sections it finds', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/?q=x%C3%A2y+v%C3%A0+ch%E1%BB%91ng&province=56`);
    const found = Number(/Tìm thấy ([\d.]+)/.exec((await status(page).textContent()) ?? '')?.[1]?.replace('.', ''));
    expect(found).toBeGreaterThan(0);
    const selected = facets(page).getByRole('link', { name: /^✓?\s*Khánh Hòa/ });
    expect(await selected.textContent()).toContain(String(found));
    await page.close();
  });

  it('takes screenshots at 375 px', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${siteUrl}/?q=xay+va+chong`);
    await page.screenshot({ path: screenshotPath('search-375'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const link = page.getByRole('article').first().getByRole('heading').getByRole('link');
    await link.click();
    await page.waitForURL(/\/ke-hoach\//);
    await page.screenshot({ path: screenshotPath('plan-375') });
    // Nothing overflows sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  });
});
