// Shared by the seed tests: import a committed seed (without OCR repair, which is slow and tested
// by the OCR helper) and read headings and words back from Markdown.
import { readFileSync } from 'node:fs';
import { importPlan } from '../../../src/lib/import/import-plan.ts';
import type { ImportedPlan } from '../../../src/lib/import/import-plan.ts';
import { normalizeText } from '../../../src/lib/vietnamese/index.ts';

export const seeds = {
  sonHa: '000_9477ffea8052fa6f.txt',
  lamDong: '001_07a092d0322db4f3.txt',
  phanRang: '002_77ca847e3468c6de.txt',
  unnamed: '003_e8b47874f182bd64.txt',
  quangNgai: '004_5a6f970d50aca463.txt',
} as const;

export function sourceText(name: string): string {
  return normalizeText(readFileSync(new URL(`../../../content/sources/${name}`, import.meta.url), 'utf8'));
}

export function importSeed(name: string): ImportedPlan {
  return importPlan(sourceText(name), { source: name, path: `content/sources/${name}`, existing: null, repair: null });
}

/** "## I. MỤC ĐÍCH" → "2 I." (depth and number) for every heading. */
export function outline(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((l) => /^#{2,6} /.test(l))
    .map((l) => {
      const [hashes = '', ...rest] = l.split(' ');
      return `${hashes.length} ${rest[0] ?? ''}`;
    });
}

/** Letters-and-digits tokens, for comparing texts regardless of layout and Markdown syntax. */
export function words(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
}
