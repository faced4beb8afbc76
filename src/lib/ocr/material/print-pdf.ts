// Prints an HTML page to PDF in Debian's Chromium (playwright-core), as a Word user's "Save as PDF" would.

import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** Launches the system Chromium, headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}

/** Prints `html` to an A4 PDF with a text layer. */
export async function printPdf(browser: Browser, html: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
  } finally {
    await page.close();
  }
}

/** Prints page images (a scan) to a PDF without a text layer, one image per A4 page. */
export async function imagesToPdf(browser: Browser, images: Buffer[], type = 'image/jpeg'): Promise<Buffer> {
  const pages = images.map((b) => `<img src="data:${type};base64,${b.toString('base64')}">`).join('');
  const html = `<!doctype html><html><head><style>@page { size: A4; margin: 0; } body { margin: 0; } img { display: block; width: 210mm; height: 297mm; break-after: page; }</style></head><body>${pages}</body></html>`;
  return printPdf(browser, html);
}
