// Scans made from a PDF: pages rasterised by poppler's pdftoppm, then degraded with ImageMagick as
// a photocopier, a phone or a tired scanner would (blur, noise, a slight rotation, JPEG).

import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** How much a scan is degraded. */
export interface Degradation {
  name: 'clean' | 'mild' | 'moderate' | 'harsh' | 'severe';
  dpi: number;
  /** ImageMagick options applied to each page, after which it is written as JPEG at `quality`. */
  magick: string[];
  quality: number;
}

/** The levels ocr-eval reports on, from a clean 300 dpi page to a harsh photocopy and a severe fax of one. */
export const degradations: Degradation[] = [
  { name: 'clean', dpi: 300, magick: [], quality: 95 },
  { name: 'mild', dpi: 300, magick: ['-rotate', '0.4', '-blur', '0x0.6', '-attenuate', '0.3', '+noise', 'Gaussian'], quality: 80 },
  { name: 'moderate', dpi: 200, magick: ['-rotate', '1.2', '-blur', '0x0.8', '-attenuate', '0.6', '+noise', 'Gaussian'], quality: 45 },
  { name: 'harsh', dpi: 100, magick: ['-rotate', '1.5', '-blur', '0x0.7', '-attenuate', '1.2', '+noise', 'Gaussian', '-level', '10%,85%'], quality: 25 },
  // A fax of a photocopy: Tesseract's raw reading falls to about the 81 % exact of issue 12's harsh pages.
  { name: 'severe', dpi: 90, magick: ['-rotate', '1.8', '-blur', '0x0.75', '-attenuate', '1.3', '+noise', 'Gaussian', '-level', '12%,82%'], quality: 22 },
];

/** Rasterises pages `first`–`last` of a PDF at the level's dpi, degrades them, and returns the JPEG paths in page order. */
export async function scanPdf(pdf: string, dir: string, level: Degradation, first = 1, last = first): Promise<string[]> {
  const prefix = join(dir, `${level.name}`);
  await run('pdftoppm', ['-r', String(level.dpi), '-gray', '-png', '-f', String(first), '-l', String(last), pdf, prefix]);
  const pages = (await readdir(dir)).filter((n) => n.startsWith(`${level.name}-`) && n.endsWith('.png')).sort();
  const out: string[] = [];
  for (const name of pages) {
    const target = join(dir, name.replace(/\.png$/, '.jpg'));
    // White behind the rotation, as paper; a fixed seed keeps the noise the same from run to run.
    await run('convert', [join(dir, name), '-seed', '57', '-background', 'white', ...level.magick, '-quality', String(level.quality), target]);
    out.push(target);
  }
  return out;
}
