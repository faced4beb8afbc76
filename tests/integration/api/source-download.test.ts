import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshotPath } from '../../e2e/browser.ts';

const siteUrl = inject('siteUrl');

describe('the source file of a plan ("Tải văn bản gốc")', () => {
  it('serves the committed source of a plan with its content type, as a download', async () => {
    const response = await fetch(`${siteUrl}/ke-hoach/son-ha-162-kh-hu-2024/van-ban-goc`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''000_9477ffea8052fa6f.txt");
    const want = readFileSync(new URL('../../../content/sources/000_9477ffea8052fa6f.txt', import.meta.url));
    expect(Buffer.from(await response.arrayBuffer()).equals(want)).toBe(true);
  });

  it('answers 404 in Vietnamese for an unknown plan or a slug that tries to leave the folder', async () => {
    const unknown = await fetch(`${siteUrl}/ke-hoach/khong-co-ke-hoach-nay/van-ban-goc`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe('Không tìm thấy văn bản gốc của kế hoạch này.');
    expect((await fetch(`${siteUrl}/ke-hoach/..%2F..%2Fpackage/van-ban-goc`)).status).toBe(404);
  });

  it('links it from the plan page', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${siteUrl}/ke-hoach/quang-ngai-254-kh-tu-2024`);
      const link = page.getByRole('link', { name: 'Tải văn bản gốc' });
      expect(await link.getAttribute('href')).toBe('/ke-hoach/quang-ngai-254-kh-tu-2024/van-ban-goc');
      await page.screenshot({ path: screenshotPath('plan-source-download'), fullPage: false });
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe('004_5a6f970d50aca463.txt');
    } finally {
      await browser.close();
    }
  });
});
