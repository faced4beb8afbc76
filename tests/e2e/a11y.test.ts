import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshotPath, useBrowser } from './browser.ts';

const siteUrl = inject('siteUrl');
// axe-core runs through page.evaluate (DevTools evaluation): the page's CSP forbids a script tag it did not ship.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const browser = useBrowser();

interface AxeViolation {
  id: string;
  nodes: { target: string[] }[];
}

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now, one line per rule and element. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} ${node.target.join(' ')}`));
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Tìm trong các kế hoạch' });
const facets = (page: Page) => page.getByRole('complementary', { name: 'Lọc kết quả' });
const focused = (page: Page) => page.evaluate(() => {
  const element = document.activeElement;
  return element === null ? '' : `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element instanceof HTMLElement && element.dataset.facetValue ? `[${element.dataset.facetValue}]` : ''}`;
});

const pageKinds = [
  ['the empty search page', '/'],
  ['a results page', '/?q=xay+va+chong'],
  ['a filtered results page with chips', '/?q=xay+va+chong&province=51&level=district'],
  ['a search without results', '/?q=zzzqqq'],
  ['the plans list', '/ke-hoach'],
  ['a plan', '/ke-hoach/quang-ngai-254-kh-tu-2024'],
  ['the implementation by province', '/thuc-hien/57-kl-tw'],
  ['a comparison of two plans', '/so-sanh/son-ha-162-kh-hu-2024/quang-ngai-254-kh-tu-2024'],
  ['the page not found', '/khong-co-trang-nay'],
] as const;

describe('axe-core in Chromium', () => {
  for (const width of [1280, 375]) {
    for (const [name, path] of pageKinds) {
      it(`finds no WCAG 2.1 A/AA violation on ${name} at ${width} px`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(`${siteUrl}${path}`);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }

  it('reports a violation when one is put in the page, so the checks above can fail', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/`);
    await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('img'), { id: 'no-alt', src: '/favicon.svg' })));
    expect(await axeViolations(page)).toEqual(['image-alt #no-alt']);
    await page.close();
  });
});

describe('landmarks and names a screen-reader user navigates by', () => {
  it('has one navigation landmark on a results page besides the pagination, and result links named with their plan', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${siteUrl}/?q=thong+tin`);
    const navigations = await page.getByRole('navigation').evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label')));
    expect(navigations).toEqual(['Điều hướng chính', 'Phân trang kết quả']);
    const hits = page.getByRole('article').getByRole('heading').getByRole('link');
    expect(await hits.count()).toBe(10);
    // The name a screen reader gives each hit link (Chromium's accessibility tree) carries the plan.
    const shown = await hits.allTextContents();
    const named: string[] = [];
    for (const text of shown.map((line) => line.replace(/\s+/g, ' ').trim())) {
      if (await page.getByRole('article').getByRole('link', { name: text, exact: true }).count() > 0) named.push(text);
    }
    expect(named.length).toBe(10);
    for (const name of named) expect(name).toMatch(/^[^,]+\S, mục \S/);
    expect(named.filter((name) => name.startsWith('Kế hoạch 254-KH/TU, mục ')).length).toBeGreaterThan(0);
    expect(new Set(named).size).toBe(named.length);
    await page.close();
  });

  it('has no region per section on a plan page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${siteUrl}/ke-hoach/quang-ngai-254-kh-tu-2024`);
    expect(await page.getByRole('region').count()).toBe(0);
    expect(await page.getByRole('navigation').evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label')))).toEqual(['Điều hướng chính', 'Chuỗi văn bản', 'Mục lục']);
    await page.close();
  });
});

describe('the keyboard walk', () => {
  it('goes from an empty page to a filtered result and into a plan section with focus where the user acted and one history entry per step', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${siteUrl}/`);
    const start = await page.evaluate(() => history.length);
    await page.keyboard.press('/');
    expect(await focused(page)).toBe('input#q');

    // Typing slowly, with pauses longer than the debounce: one history entry for the whole run.
    for (const [word, typed] of [['xay', 'xay'], [' va', 'xay+va'], [' chong', 'xay+va+chong']]) {
      await page.keyboard.type(word ?? '');
      await page.waitForURL(`${siteUrl}/?q=${typed}`);
    }
    expect(await page.evaluate(() => history.length)).toBe(start + 1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^\s*Tìm thấy \d+ mục chứa đủ mọi từ\s*$/);
    expect(await page.evaluate(() => history.length)).toBe(start + 1);
    expect(await focused(page)).toBe('input#q');

    // A year: focus stays on the same year (by its value), never on another year with like digits.
    const year = facets(page).locator('[data-facet="year"] a[data-facet-value]').first();
    const value = (await year.getAttribute('data-facet-value')) ?? '';
    expect(value).toMatch(/^\d{4}$/);
    await year.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`year=${value}`));
    await expect.poll(() => focused(page)).toBe(`a[${value}]`);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).closest('[data-facet]')?.getAttribute('data-facet'))).toBe('year');
    expect(await page.evaluate(() => history.length)).toBe(start + 2);
    await page.screenshot({ path: screenshotPath('a11y-focus-facet') });
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.outlineOffset}`;
    });
    expect(ring).toBe('solid 3px rgb(180, 83, 9) -3px');

    // Removing the chip: focus on the results heading, now visible.
    await page.getByRole('list', { name: 'Bộ lọc đang dùng' }).getByRole('link', { name: new RegExp(`^Bỏ .*${value}`) }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).not.toContain(`year=${value}`);
    await expect.poll(() => focused(page)).toBe('h2#results-title');
    const heading = await page.locator('#results-title').boundingBox();
    expect(heading?.height).toBeGreaterThan(10);
    expect(await page.evaluate(() => history.length)).toBe(start + 3);

    // Into a plan section, then Space on the copy button announces the copy.
    await page.getByRole('article').first().getByRole('heading').getByRole('link').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ke-hoach\/[a-z0-9-]+\?q=xay(\+|%20)va(\+|%20)chong#[a-z0-9-]+$/);
    const anchor = new URL(page.url()).hash.slice(1);
    const copy = page.locator(`[id="${anchor}"]`).getByRole('button', { name: /^Sao chép liên kết đến mục/ });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
    await copy.focus();
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Đã sao chép liên kết đến mục /);
    expect(await copy.textContent()).toBe('Đã sao chép');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl}${new URL(page.url()).pathname}#${anchor}`);
    expect(await focused(page)).toBe('button');
    await page.locator('.toc a').first().focus();
    await page.screenshot({ path: screenshotPath('a11y-focus-toc') });
    await page.close();
  });

  it('keeps one status region whose text changes, without the time the search took', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/?q=UBND`);
    const region = await page.getByRole('status').elementHandle();
    await searchBox(page).fill('xay va chong');
    await page.waitForURL(/q=xay\+va\+chong/);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^\s*Tìm thấy [\d.]+ mục chứa đủ mọi từ\s*$/);
    expect(await page.evaluate((element) => element?.isConnected, region)).toBe(true);
    expect(await page.getByRole('status').count()).toBe(1);
    await page.close();
  });
});

describe('a phone', () => {
  it('"Lọc kết quả" takes the reader to the filters like a link, with no new search', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${siteUrl}/?q=xay+va+chong`);
    await page.evaluate(() => document.querySelector('#search-results')?.setAttribute('data-first-load', 'yes'));
    const before = await page.evaluate(() => history.length);
    await page.getByRole('link', { name: 'Lọc kết quả' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#bo-loc$/);
    await expect.poll(() => page.locator('#bo-loc').evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(50);
    expect(await page.locator('#bo-loc').evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThanOrEqual(-1);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    // No new search ran: the results are the very elements the page loaded.
    expect(await page.evaluate(() => document.querySelector('#search-results')?.getAttribute('data-first-load'))).toBe('yes');
    // So the next Tab goes on from the filters, as after any link to a place in the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.closest('#bo-loc')?.id}`)).toBe('SUMMARY bo-loc');
    await page.close();
  });

  it('/ke-hoach at 320 px keeps its table headers and does not overflow', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(`${siteUrl}/ke-hoach`);
    expect(await page.getByRole('columnheader').evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).offsetHeight > 0 ? cell.textContent : null))).toEqual(['Văn bản', 'Cơ quan ban hành', 'Ngày', 'Cấp', 'Tỉnh (nay)']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: screenshotPath('a11y-plans-320'), fullPage: true });
    await page.close();
  });
});

describe('compression', () => {
  for (const [kind, path, type] of [['HTML', '/?q=xay+va+chong', 'text/html'], ['JSON', '/api/search?q=xay+va+chong', 'application/json']] as const) {
    it(`sends ${kind} with brotli or gzip as the client accepts, and plain otherwise`, async () => {
      const plain = await fetch(`${siteUrl}${path}`, { headers: { 'accept-encoding': 'identity' } });
      expect(plain.headers.get('content-encoding')).toBe(null);
      expect(plain.headers.get('content-type')).toContain(type);
      const text = await plain.text();
      for (const coding of ['gzip', 'br'] as const) {
        // node:http without fetch's automatic decoding, to see the bytes on the wire.
        const raw = await rawGet(`${siteUrl}${path}`, coding);
        expect(raw.headers['content-encoding']).toBe(coding);
        expect(raw.headers.vary).toContain('Accept-Encoding');
        const decoded = (coding === 'gzip' ? gunzipSync(raw.body) : brotliDecompressSync(raw.body)).toString('utf8');
        expect(raw.body.length).toBeLessThan(decoded.length / 2);
        // The same answer but for `took`, the milliseconds the engine spent.
        if (kind === 'JSON') expect({ ...JSON.parse(decoded), took: 0 }).toEqual({ ...JSON.parse(text), took: 0 });
        else expect(decoded).toContain('Tìm thấy');
      }
    });
  }
});

async function rawGet(url: string, coding: string): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const { get } = await import('node:http');
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': coding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    }).on('error', reject);
  });
}
