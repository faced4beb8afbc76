/** Pairs the sections of an OCR plan's repaired body with those of its original (content/originals/<slug>.md). */
import type { Section } from './parse-sections.ts';
import { FileError } from '../file-error.ts';
import { splitSections } from './split-sections.ts';

/** The original text and Markdown of one section. */
export interface OriginalSection {
  text: string;
  markdown: string;
}

/**
 * The original's sections, index for index with `sections`. The original keeps the repaired body's
 * heading structure (its numbers may be garbled, so they are not read): same count, same levels, in
 * order. Throws FileError at the first place where they part.
 */
export function alignOriginal(sections: readonly Section[], originalBody: string, originalFile: string, lineOffset: number): OriginalSection[] {
  const ranges = splitSections(originalBody);
  const hint = 'the original must keep the heading structure of the plan (re-import the plan to rebuild it)';
  for (let i = 0; i < Math.max(ranges.length, sections.length); i += 1) {
    const range = ranges[i];
    const section = sections[i];
    if (!range) {
      throw new FileError({ file: originalFile, line: (ranges.at(-1)?.line ?? 0) + lineOffset + 1, column: 1 }, `ends after ${ranges.length} sections where the plan has ${sections.length}`, { hint });
    }
    const isPreamble = range.heading === null;
    if (!section || section.depth !== range.depth || (section.depth === 1) !== isPreamble) {
      const here = isPreamble ? 'preamble' : `heading "${range.headingText}" (level ${range.depth})`;
      const there = section ? (section.depth === 1 ? 'the preamble' : `"${section.heading}" (level ${section.depth}, line ${section.line})`) : 'nothing';
      throw new FileError({ file: originalFile, line: range.line + lineOffset, column: range.column }, `${here} stands where the plan has ${there}`, { hint });
    }
  }
  return ranges.map((range) => ({ text: range.text, markdown: range.markdown }));
}
