/** Parses a plan body into sections with stable anchors, number paths and breadcrumbs. */
import type { RootContent } from 'mdast';
import { extendNumberPath, numberPathAnchor, readHeadingNumber } from './heading-number.ts';
import { splitSections } from './split-sections.ts';
import { FileError } from '../file-error.ts';
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

/** How parseSections treats a structure it refuses. */
export interface ParseOptions {
  /** Called for each refused heading instead of throwing; the heading is then read as if it were not one. */
  onRefused?: (error: FileError) => void;
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
  /** Anchor of the enclosing part (an unnumbered level-2 heading), prefixing numbered anchors inside it; "" outside. */
  scope: string;
}

/**
 * Parses the Markdown body of a plan (`lineOffset` = lines of the file before the body) into its
 * sections. Throws FileError (file:line:column) for a level that skips one ("#### 2.1." right under
 * "## II."), a level-1 heading, a number that contradicts its parent ("3.1." under "2."), and two
 * sections with the same anchor. Numbering style is tolerated ("1." at level 2 is fine).
 *
 * An unnumbered level-2 heading is a part of its own (an attached plan, an appendix): numbering
 * starts afresh under it and its anchor prefixes the anchors inside it ("## KẾ HOẠCH" > "### I." →
 * ke-hoach-i), so that a decision's "Điều 1." and its attached regulation's "Điều 1." differ.
 */
export function parseSections(markdown: string, file: string, lineOffset: number, options: ParseOptions = {}): Section[] {
  const ranges = splitSections(markdown);
  const sections: Section[] = [];
  let stack: Open[] = [];
  const seenAnchors = new Map<string, { path: string; line: number; heading: string }>();
  const scopeAnchors = new Set<string>();
  // Throws, or with onRefused reports and lets the caller skip the heading (no state has changed yet).
  const fail = (range: HeadingRange, reason: string): void => {
    const error = new FileError({ file, line: range.line + lineOffset, column: range.column }, reason);
    if (!options.onRefused) throw error;
    options.onRefused(error);
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
      continue;
    }
    if (range.depth > previousDepth + 1) {
      fail(range, `${quoted} (level ${range.depth}) follows level ${previousDepth}; expected level ${previousDepth + 1}`);
      continue;
    }
    const open = stack.findLastIndex((o) => o.depth < range.depth);
    const parent = stack[open];
    const number = readHeadingNumber(range.headingText);
    let numberParts = parent?.numberParts ?? [];
    let scope = parent?.scope ?? '';
    let anchor = '';
    let path = '';
    if (number) {
      const extended = number.restarts ? number.parts : extendNumberPath(numberParts, number.parts);
      if (extended === null) {
        fail(range, `${quoted} is numbered ${number.parts.join('.')} but sits under "${shorten(parent?.heading ?? '')}" (${numberParts.join('.')}); renumber it or fix its level`);
        continue;
      }
      numberParts = extended ?? [];
      path = numberParts.join('.');
      anchor = scope ? `${scope}-${numberPathAnchor(numberParts)}` : numberPathAnchor(numberParts);
      const earlier = seenAnchors.get(anchor);
      if (earlier !== undefined) {
        fail(
          range,
          earlier.path === path
            ? `${quoted} repeats the number path ${path} of line ${earlier.line}; renumber one of them`
            : `${quoted} has the anchor ${anchor} of "${shorten(earlier.heading)}" (line ${earlier.line}); renumber one of them`,
        );
        continue;
      }
      seenAnchors.set(anchor, { path, line: range.line + lineOffset, heading: range.headingText });
    } else if (range.depth === 2) {
      // A part: its anchor is known now, for the numbered anchors inside it.
      const base = headingSlug(range.headingText);
      anchor = base;
      for (let n = 2; scopeAnchors.has(anchor); n += 1) anchor = `${base}-${n}`;
      scopeAnchors.add(anchor);
      scope = anchor;
      numberParts = [];
    } else {
      const prefix = parent?.numberedAnchor ?? '';
      pendingSlugs.push({ order, base: prefix ? `${prefix}-${headingSlug(range.headingText)}` : headingSlug(range.headingText) });
    }
    previousDepth = range.depth;
    stack = stack.slice(0, open + 1);
    const breadcrumb = stack.map((o) => o.heading);
    sections.push(toSection(range, { anchor, path, heading: range.headingText }, breadcrumb, order, parent?.order ?? null, lineOffset));
    stack.push({
      order,
      depth: range.depth,
      heading: range.headingText,
      numberParts,
      numberedAnchor: anchor || (parent?.numberedAnchor ?? ''),
      scope,
    });
  }
  // Unnumbered headings take their slug after every numbered anchor is known, so that a slug never
  // displaces a number path; duplicates get -2, -3 in document order.
  const taken = new Set(sections.map((section) => section.anchor).filter((anchor) => anchor !== ''));
  for (const anchor of scopeAnchors) {
    if (seenAnchors.has(anchor)) {
      const section = sections.find((s) => s.anchor === anchor && s.path === '');
      const error = new FileError({ file, line: section?.line ?? lineOffset + 1, column: 1 }, `heading "${shorten(section?.heading ?? anchor)}" has the anchor ${anchor} of a numbered heading`, { hint: 'rename it' });
      if (!options.onRefused) throw error;
      options.onRefused(error);
    }
  }
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
