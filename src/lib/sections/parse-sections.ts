/** Parses a plan body into sections with stable anchors, number paths and breadcrumbs. */
import type { RootContent } from 'mdast';
import { extendNumberPath, readHeadingNumber } from './heading-number.ts';
import { foldForMatching } from './match-text.ts';
import { splitSections } from './split-sections.ts';
import { slugify } from '../vietnamese/index.ts';
import type { HeadingRange } from './split-sections.ts';

/** A heading up to the next heading of the same or higher rank, with its own content only. */
export interface Section {
  /** URL fragment: "iii-2-4"; "mo-dau" for the preamble; a folded slug for an unnumbered heading. */
  anchor: string;
  /** Number path: "III.2.4"; "" for an unnumbered heading and the preamble. */
  path: string;
  /** Heading text as shown, with its number: "2.4. Đẩy mạnh …"; "Mở đầu" for the preamble. */
  heading: string;
  /** Markdown depth 2–6; 1 for the preamble. */
  depth: number;
  /** Headings of the enclosing sections, outermost first. */
  breadcrumb: string[];
  /** Position in the plan, from 0. */
  order: number;
  /** `order` of the enclosing section; null at the top (and for the preamble). */
  parent: number | null;
  /** The section's own mdast nodes (without its heading and its sub-sections). */
  nodes: RootContent[];
  /** The section's own Markdown source, without the heading line. */
  markdown: string;
  /** The section's own plain text, one line per paragraph or list item, without the heading. */
  text: string;
  /** Line of the heading (of the first paragraph for the preamble) in the file. */
  line: number;
}

/** A plan body whose structure would make anchors ambiguous, reported at its file, line and column. */
export class SectionStructureError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  constructor(file: string, line: number, column: number, reason: string) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'SectionStructureError';
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

export const preambleAnchor = 'mo-dau';
export const preambleHeading = 'Mở đầu';

interface Open {
  order: number;
  depth: number;
  heading: string;
  /** Number path children extend: the section's own, or its nearest numbered ancestor's. */
  numberParts: string[];
  /** Anchor of the nearest numbered section at or above this one, prefixing unnumbered children's slugs. */
  numberedAnchor: string;
}

/**
 * Parses the Markdown body of a plan (`lineOffset` = lines of the file before the body) into its
 * sections. Throws SectionStructureError for a level that skips one ("#### 2.1." right under
 * "## II."), a level-1 heading, a number that contradicts its parent ("3.1." under "2."), and two
 * sections with the same number path. Numbering style is tolerated ("1." at level 2 is fine).
 */
export function parseSections(markdown: string, file: string, lineOffset: number): Section[] {
  const ranges = splitSections(markdown);
  const sections: Section[] = [];
  const stack: Open[] = [];
  const seenPaths = new Map<string, number>();
  const fail = (range: HeadingRange, reason: string): never => {
    throw new SectionStructureError(file, range.line + lineOffset, range.column, reason);
  };
  const pendingSlugs: { order: number; base: string }[] = [];
  let previousDepth = 1;
  for (const range of ranges) {
    const order = sections.length;
    if (range.heading === null) {
      sections.push(toSection(range, { anchor: preambleAnchor, path: '', heading: preambleHeading }, [], order, null, lineOffset));
      continue;
    }
    const quoted = `heading "${shorten(range.headingText)}"`;
    if (range.depth === 1) {
      fail(range, `${quoted} is level 1; plan headings start at level 2 (the title belongs in the front matter)`);
    }
    if (range.depth > previousDepth + 1) {
      fail(range, `${quoted} (level ${range.depth}) follows level ${previousDepth}; expected level ${previousDepth + 1}`);
    }
    previousDepth = range.depth;
    while ((stack.at(-1)?.depth ?? 0) >= range.depth) stack.pop();
    const parent = stack.at(-1);
    const number = readHeadingNumber(range.headingText);
    let numberParts = parent?.numberParts ?? [];
    let anchor = '';
    let path = '';
    if (number) {
      const extended = extendNumberPath(numberParts, number.parts);
      if (extended === null) {
        fail(range, `${quoted} is numbered ${number.parts.join('.')} but sits under "${shorten(parent?.heading ?? '')}" (${numberParts.join('.')}); renumber it or fix its level`);
      }
      numberParts = extended ?? [];
      path = numberParts.join('.');
      const earlier = seenPaths.get(path);
      if (earlier !== undefined) {
        fail(range, `${quoted} repeats the number path ${path} of line ${earlier}; renumber one of them`);
      }
      seenPaths.set(path, range.line + lineOffset);
      anchor = foldForMatching(path).replaceAll('.', '-');
    } else {
      const prefix = parent?.numberedAnchor ?? '';
      pendingSlugs.push({ order, base: prefix ? `${prefix}-${headingSlug(range.headingText)}` : headingSlug(range.headingText) });
    }
    const breadcrumb = stack.map((open) => open.heading);
    sections.push(toSection(range, { anchor, path, heading: range.headingText }, breadcrumb, order, parent?.order ?? null, lineOffset));
    stack.push({
      order,
      depth: range.depth,
      heading: range.headingText,
      numberParts,
      numberedAnchor: anchor || (parent?.numberedAnchor ?? ''),
    });
  }
  // Unnumbered headings take their slug after every numbered anchor is known, so that a slug never
  // displaces a number path; duplicates get -2, -3 in document order.
  const taken = new Set(sections.map((section) => section.anchor).filter((anchor) => anchor !== ''));
  for (const { order, base } of pendingSlugs) {
    let anchor = base;
    for (let n = 2; taken.has(anchor); n += 1) anchor = `${base}-${n}`;
    taken.add(anchor);
    const section = sections[order];
    if (section) section.anchor = anchor;
  }
  return sections;
}

const maxSlugLength = 48;

/** Folded, dashed slug of a heading, cut at a word boundary: "Thời gian hoàn thành" → "thoi-gian-hoan-thanh". */
export function headingSlug(heading: string): string {
  const slug = slugify(heading);
  if (slug === '') return 'muc';
  if (slug.length <= maxSlugLength) return slug;
  const cut = slug.slice(0, maxSlugLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxSlugLength);
}

function shorten(heading: string): string {
  const words = heading.split(' ');
  if (words.length <= 6) return heading;
  return `${words.slice(0, 6).join(' ')} …`;
}

function toSection(
  range: HeadingRange,
  names: { anchor: string; path: string; heading: string },
  breadcrumb: string[],
  order: number,
  parent: number | null,
  lineOffset: number,
): Section {
  return {
    ...names,
    depth: range.depth,
    breadcrumb,
    order,
    parent,
    nodes: range.nodes,
    markdown: range.markdown,
    text: range.text,
    line: range.line + lineOffset,
  };
}
