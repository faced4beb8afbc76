/**
 * The importer never writes what the indexer refuses: the body is parsed into sections as
 * `npm run index` does, and each heading the indexer would refuse (a number that contradicts its
 * parent, "3.1." under "2."; a number path given twice) is written as a paragraph instead, its
 * words kept, with a warning at its source line.
 */
import type { FileError } from '../file-error.ts';
import { parseSections } from '../sections/parse-sections.ts';
import type { Block } from './build-blocks.ts';
import type { ImportWarning } from './import-warning.ts';
import { blockStartLines, renderMarkdown } from './render-markdown.ts';

/** Blocks the indexer accepts, and what had to change for that. */
export interface FittedStructure {
  blocks: Block[];
  warnings: ImportWarning[];
}

/** Demotes each heading the indexer refuses; throws if it refuses anything but a heading. */
export function fitStructure(blocks: Block[]): FittedStructure {
  const fitted = [...blocks];
  const warnings: ImportWarning[] = [];
  // One parse finds every refused heading; demoting one rarely makes another refused, but the loop
  // re-checks until the body passes.
  for (let round = 0; round <= blocks.length; round += 1) {
    const refused: FileError[] = [];
    parseSections(renderMarkdown(fitted), 'body', 0, { onRefused: (error) => refused.push(error) });
    if (refused.length === 0) break;
    const starts = blockStartLines(fitted);
    for (const error of refused) {
      const index = error.line === null ? -1 : starts.indexOf(error.line);
      const block = fitted[index];
      if (block?.kind !== 'heading') throw error;
      fitted[index] = { kind: 'paragraph', text: block.text, line: block.line };
      const reason = error.hint === null ? error.reason : `${error.reason}; ${error.hint}`;
      warnings.push({ line: block.line, message: `written as a paragraph, not a heading: ${reason}` });
    }
  }
  return { blocks: fitted, warnings: warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}
