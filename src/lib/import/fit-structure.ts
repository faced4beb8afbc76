/**
 * The importer never writes what the indexer refuses: the body is parsed into sections as
 * `npm run index` does, and a heading the indexer would refuse (a number that contradicts its
 * parent, "3.1." under "2."; a number path given twice) is written as a paragraph instead, its
 * words kept, with a warning at its source line.
 */
import { parseSections, SectionStructureError } from '../sections/parse-sections.ts';
import type { Block } from './build-blocks.ts';
import type { ImportWarning } from './import-warning.ts';
import { blockStartLines, renderMarkdown } from './render-markdown.ts';

/** Blocks the indexer accepts, and what had to change for that. */
export interface FittedStructure {
  blocks: Block[];
  warnings: ImportWarning[];
}

/** Demotes, one at a time, each heading the indexer refuses; throws if it refuses anything else. */
export function fitStructure(blocks: Block[]): FittedStructure {
  const fitted = [...blocks];
  const warnings: ImportWarning[] = [];
  for (let attempt = 0; attempt <= blocks.length; attempt += 1) {
    try {
      parseSections(renderMarkdown(fitted), 'body', 0);
      return { blocks: fitted, warnings };
    } catch (error) {
      if (!(error instanceof SectionStructureError)) throw error;
      const index = blockStartLines(fitted).indexOf(error.line);
      const block = fitted[index];
      if (block?.kind !== 'heading') throw error;
      fitted[index] = { kind: 'paragraph', text: block.text, line: block.line };
      const reason = error.message.slice(`body:${error.line}:${error.column}: `.length);
      warnings.push({ line: block.line, message: `written as a paragraph, not a heading: ${reason}` });
    }
  }
  return { blocks: fitted, warnings };
}
