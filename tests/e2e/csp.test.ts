import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshotPath, useBrowser } from './browser.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

/** A page that records every CSP violation: console errors and `securitypolicyviolation` events. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  await page.exposeFunction('reportViolation', (text: string) => violations.push(`event: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, violations };
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Tìm trong các kế hoạch' });
const status = (page: Page) => page.getByRole('status');

describe('the Content-Security-Policy in Chromium', () => {
  it('lets the search page, as-you-type search and a plan page run without a single violation', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${siteUrl}/`);
    await searchBox(page).fill('thong tin doi ngoai');
    await page.waitForURL(/[?&]q=thong\+tin\+doi\+ngoai/);
    await expect.poll(() => status(page).textContent()).toMatch(/Tìm thấy \d+ mục/);
    // The enhancement ran: results came without a page load, styled by the bundled stylesheet.
    const styled = await page.locator('body').evaluate((body) => getComputedStyle(body).fontFamily);
    expect(styled).not.toBe('');
    await page.screenshot({ path: screenshotPath('csp-search-1280') });

    await page.getByRole('article').first().getByRole('heading').getByRole('link').click();
    await page.waitForURL(/\/ke-hoach\/[a-z0-9-]+/);
    await page.waitForLoadState('networkidle');
    await page.goto(`${siteUrl}/ke-hoach`);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: screenshotPath('csp-plans-1280') });
    expect(violations).toEqual([]);
  });

  it('blocks a script the page did not ship, as the policy promises', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${siteUrl}/`);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    expect(violations.some((line) => line.startsWith('event: script-src'))).toBe(true);
  });
});
