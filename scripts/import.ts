/**
 * npm run import -- <file|folder>…
 * Imports raw plan texts into content/plans/<slug>.md (see content/README.md).
 */
import { resolve } from 'node:path';
import { importFiles } from '../src/lib/import/import-files.ts';

const root = resolve(import.meta.dirname, '..');
const inputs = process.argv.slice(2);

// 1. Arguments.
if (inputs.length === 0) {
  console.error('usage: npm run import -- <file|folder>…   (e.g. npm run import -- content/sources)');
  process.exit(2);
}

// 2. Import everything, then write (nothing is written if any input fails).
try {
  const results = await importFiles(inputs, {
    sources: resolve(root, 'content/sources'),
    plans: resolve(root, 'content/plans'),
    originals: resolve(root, 'content/originals'),
  });
  // 3. One line per plan, then a summary.
  for (const r of results) {
    const notes = [
      r.meta.ocr ? 'OCR' : '',
      r.draft ? 'draft' : '',
      r.keptFields.length > 0 ? `kept curated: ${r.keptFields.join(', ')}` : '',
      r.keptBody ? 'kept hand-edited body' : '',
    ].filter(Boolean);
    console.log(`${r.path} → content/plans/${r.slug}.md  ${r.meta.type} ${r.meta.number ?? '(no number)'} ${r.meta.date ?? '(no date)'}${notes.length ? `  [${notes.join('; ')}]` : ''}`);
  }
  console.log(`${results.length} plan${results.length === 1 ? '' : 's'} imported.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
