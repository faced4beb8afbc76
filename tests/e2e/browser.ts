/** The real Chromium the end-to-end tests drive, and where their screenshots go. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

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
