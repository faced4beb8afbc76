// Prints how well the OCR repair restores seed 004 (Quảng Ngãi 254-KH/TU, an OCR'd scan),
// measured against seed 000 (Sơn Hà 162-KH/HU), which restates most of it word for word.
// The language model learns from seeds 001–003 only: neither the yardstick (000) nor 004's
// clean twin may teach the repair. The seeds are read from CONTENT_DIR/sources (default content/).
// Usage: node scripts/ocr-accuracy.ts

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configOrExit } from '../src/lib/config.ts';
import { formatAccuracyTable } from '../src/lib/ocr/accuracy-table.ts';
import { measureRepairAccuracy } from '../src/lib/ocr/accuracy.ts';
import { placeNamesText } from '../src/lib/ocr/gazetteer.ts';
import { buildLanguageModel } from '../src/lib/ocr/language-model.ts';
import { repairText } from '../src/lib/ocr/repair.ts';

const sources = join(configOrExit().CONTENT_DIR, 'sources');
const read = (name: string): string => {
  const path = join(sources, name);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    process.stderr.write(`${path}: cannot read the seed; restore it from the corpus, or set CONTENT_DIR to a content folder that has it\n`);
    process.exit(1);
  }
};

// 1. Learn the language model from the clean seeds that are neither 000 nor 004, plus the
//    province names (general knowledge, as the importer adds them too).
const model = buildLanguageModel([
  read('001_07a092d0322db4f3.txt'),
  read('002_77ca847e3468c6de.txt'),
  read('003_e8b47874f182bd64.txt'),
  placeNamesText(),
]);

// 2. Repair the OCR text.
const ocr = read('004_5a6f970d50aca463.txt');
const repaired = repairText(ocr, model);

// 3. Align with the reference and score before and after.
const accuracy = measureRepairAccuracy(ocr, repaired.text, read('000_9477ffea8052fa6f.txt'));
console.log(formatAccuracyTable(accuracy, repaired.changedTokens));
