import { describe, expect, inject, it } from 'vitest';
import { screenshotPath, useBrowser } from './browser.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

describe('the chain: from the coverage of 57-KL/TW to a plan, and two plans side by side', () => {
  for (const width of [1280, 375]) {
    it(`shows the coverage at ${width} px without JavaScript, and a tile leads to its province's plans`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${siteUrl}/thuc-hien/57-kl-tw`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toBe('Thực hiện Kết luận số 57-KL/TW theo tỉnh, thành phố');
      await page.screenshot({ path: screenshotPath(`coverage-${width}`), fullPage: true });
      // The tile map fits the narrow screen: no sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // The tiles form the map (the site's CSP allows no inline style, so positions are classes): Cao Bằng sits right of and above Hà Nội.
      const [haNoi, caoBang] = await Promise.all(['#tinh-01', '#tinh-04'].map((href) => page.locator(`.tiles a[href="${href}"]`).boundingBox()));
      expect(caoBang && haNoi && caoBang.x > haNoi.x && caoBang.y < haNoi.y).toBe(true);
      await page.getByRole('link', { name: 'Khánh Hòa: 1 kế hoạch, chỉ có kế hoạch cấp huyện, xã, 1 văn bản được dẫn chưa có' }).click();
      await page.waitForURL(/#tinh-56$/);
      const row = page.locator('#tinh-56');
      expect(await row.evaluate((element) => element.matches(':target'))).toBe(true);
      expect(await row.textContent()).toContain('Kế hoạch số 240-KH/TU');
      await row.getByRole('link', { name: 'Kế hoạch số 256-KH/TU' }).click();
      await page.waitForURL(/\/ke-hoach\/phan-rang-thap-cham-256-kh-tu-2023$/);
      await context.close();
    });

    it(`compares 162-KH/HU with 254-KH/TU at ${width} px, reached from the plan page`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${siteUrl}/ke-hoach/son-ha-162-kh-hu-2024`);
      await page.getByRole('link', { name: 'So sánh với 254-KH/TU (văn bản được dẫn)' }).click();
      await page.waitForURL(/\/so-sanh\/son-ha-162-kh-hu-2024\/quang-ngai-254-kh-tu-2024$/);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toBe('So sánh 162-KH/HU với 254-KH/TU');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: screenshotPath(`comparison-${width}`) });
      // The renumbered task: 2.3 of the district against 3 of the province, words marked on both sides.
      const renumbered = page.getByRole('listitem').filter({ hasText: 'Khớp mục III.2.3 với mục III.3 (theo nội dung)' });
      await renumbered.scrollIntoViewIfNeeded();
      expect(await renumbered.locator('ins.diff-added').count()).toBeGreaterThan(0);
      expect(await renumbered.locator('del.diff-removed').count()).toBeGreaterThan(0);
      await page.screenshot({ path: screenshotPath(`comparison-renumbered-${width}`) });
      await page.close();
    });
  }
});
