/** The real Chromium the end-to-end tests drive, and where their screenshots go. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Launch the system Chromium (apt package `chromium`), headless and quiet. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** Path of a screenshot under tests/output/screenshots/ (git-ignored), creating the folder. */
export function screenshotPath(name: string): string {
  const dir = join(process.cwd(), 'tests', 'output', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}

/** One Chromium for a test file: launched before its tests, closed after them; open pages and contexts on it. */
export function useBrowser(): Pick<Browser, 'newPage' | 'newContext'> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const launched = (): Browser => {
    if (!browser) throw new Error('the browser is launched in beforeAll: open pages inside a test or a hook');
    return browser;
  };
  return { newPage: (options) => launched().newPage(options), newContext: (options) => launched().newContext(options) };
}
