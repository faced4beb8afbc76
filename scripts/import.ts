/**
 * npm run import -- <file|folder>…
 * Imports raw plan texts into CONTENT_DIR/plans/<slug>.md (see content/README.md).
 *   1. Read the arguments and the configuration (CONTENT_DIR).
 *   2. Import each file on its own; what fails is reported and the rest is written. A scan shows a
 *      progress bar on stderr (on a terminal), one step per page read by OCR.
 *   3. Print one line per file (its warnings under it as file:line: warning) and a summary.
 *   4. Exit 1 when any file failed, so a script or CI notices.
 */
import { basename, join, relative } from 'node:path';
import { SingleBar } from 'cli-progress';
import { configOrExit } from '../src/lib/config.ts';
import { importFiles } from '../src/lib/import/import-files.ts';
import { reportLines } from '../src/lib/import/import-report.ts';

// 1. Arguments and configuration.
const config = configOrExit();
const inputs = process.argv.slice(2);
if (inputs.length === 0) {
  console.error('usage: npm run import -- <file|folder>…   (e.g. npm run import -- content/sources)');
  process.exit(2);
}
const content = config.CONTENT_DIR;

// 2. Import.
const bar = new SingleBar({ format: 'OCR {file} [{bar}] {value}/{total} trang', stream: process.stderr, hideCursor: true });
let barFile = '';
const ocrProgress = (done: number, total: number, path: string): void => {
  if (path !== barFile) {
    if (barFile !== '') bar.stop();
    barFile = path;
    bar.start(total, 0, { file: basename(path) });
  }
  bar.update(done);
  if (done === total) {
    bar.stop();
    barFile = '';
  }
};
const report = await importFiles(inputs, { sources: join(content, 'sources'), plans: join(content, 'plans'), originals: join(content, 'originals') }, ocrProgress).catch(
  (error: unknown) => {
    if (barFile !== '') bar.stop();
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);

// 3. Report.
const show = (path: string) => {
  const near = relative(process.cwd(), path);
  return near === '' || near.startsWith('..') ? path : near;
};
for (const line of reportLines(report, show)) (line.stream === 'out' ? console.log : console.error)(line.text);

// 4. Exit status.
process.exit(report.files.some((f) => f.status === 'failed') ? 1 : 0);
