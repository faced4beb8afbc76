/**
 * Split a plan file (`content/plans/<slug>.md`) into the pieces the synthetic corpus recombines:
 * its front matter, its preamble and its top-level parts (a `##` heading with everything under it).
 * A part keeps its own sub-headings, so a recombined plan still has a valid outline.
 */
import type { PlanMeta } from '../plan/plan-meta.ts';
import { readPlanFile } from '../plan/read-plan-file.ts';

/** One top-level part of a plan: `## II. NHIỆM VỤ …` and everything up to the next `##`. */
export interface PlanPart {
  /** The Markdown of the part, from its `##` line on, without trailing blank lines. */
  markdown: string;
  /** Headings in the part (the `##` one included): the sections it will index as. */
  sections: number;
}

/** A plan file taken apart. */
export interface PlanSource {
  slug: string;
  /** The validated front matter. */
  meta: PlanMeta;
  /** Text before the first heading; "" when there is none. */
  preamble: string;
  parts: PlanPart[];
}

const headingPattern = /^#{1,6}\s/;

/** Parse the text of a plan file (front matter validated by the plan schema); `file` names it in errors. */
export function readPlanSource(file: string, slug: string, text: string): PlanSource {
  const { meta, body } = readPlanFile(file, text);
  const { preamble, parts } = splitBody(body);
  return { slug, meta, preamble, parts };
}

/** Split a plan body into its preamble and its `##` parts. */
export function splitBody(body: string): { preamble: string; parts: PlanPart[] } {
  const lines = body.split(/\r?\n/);
  const chunks: string[][] = [[]];
  for (const line of lines) {
    if (/^##\s/.test(line)) chunks.push([]);
    (chunks.at(-1) as string[]).push(line);
  }
  const [head = [], ...rest] = chunks;
  return {
    preamble: head.join('\n').trim(),
    parts: rest.map((chunk) => ({
      markdown: chunk.join('\n').trimEnd(),
      sections: chunk.filter((line) => headingPattern.test(line)).length,
    })),
  };
}
