/**
 * Structure: paragraphs become headings (keeping their own number), list items, task fields and
 * plain paragraphs. Heading levels follow the numbering the document uses, not fixed depths: each
 * numbering style has a rank (Phần > Chương > Mục > "A-" > Roman > Điều > "1." > "1.1." > … > "a)" > "1)"), and a
 * heading sits one level under the nearest open heading of a higher rank. A plan numbered "1.",
 * "2." without Roman parts starts at "##"; "a)" right under "1." is one level below it. A bold line
 * is one level below its numbered parent. An attached document ("KẾ HOẠCH" after a decision) or an
 * appendix is a part of its own at "##", its headings one level under it. A numbered point that is
 * a plain sentence with nothing under it is a list item, unless a sibling is a heading: siblings
 * ("a)", "b)", "c)" under one parent) are all headings or all list items.
 */
import type { Paragraph } from './join-paragraphs.ts';
import { readMarker } from './markers.ts';
import type { Numbered } from './numbering.ts';
import { alwaysHeading, isNumbered, numberLabel, orderOf, rankOf } from './numbering.ts';
import { readTypeLine } from './split-document.ts';
import { foldDiacritics } from '../vietnamese/index.ts';

/** One block of the Markdown body. */
export type Block =
  | { kind: 'heading'; depth: number; number: string | null; text: string; line: number }
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'bullet'; text: string; line: number }
  | { kind: 'ordered'; number: string; text: string; line: number }
  | { kind: 'task'; label: string; canonical: string; value: string; line: number }
  | { kind: 'table'; text: string; line: number };

/** Markdown has six heading levels; a deeper point is written as a paragraph. */
const deepestHeading = 6;

const isAppendix = (text: string): boolean =>
  /^phu luc\b/.test(foldDiacritics(text)) && text.slice(0, 7) === text.slice(0, 7).toUpperCase();
const endsSentence = (text: string): boolean => /[.;]["”’)]*$/.test(text.trim());

/**
 * The first sentence of a numbered point, when more follows: "Chỉ đạo …, phức tạp." + "Nâng cao …";
 * or its short title before a colon: "Mục đích: Quán triệt …" → "Mục đích" + "Quán triệt …".
 */
function splitFirstSentence(text: string): [string, string] {
  const titled = /^([^:;.]{3,40}):\s+(?=[\p{Lu}"“])/u.exec(text);
  if (titled?.[1] && titled[1].split(/\s+/).length <= 6) return [titled[1], text.slice(titled[0].length)];
  const match = /^(.{20,}?[.;])\s+(?=[\p{Lu}"“])/u.exec(text);
  if (!match?.[1]) return [text, ''];
  return [match[1], text.slice(match[0].length)];
}

/** The numbered marker a paragraph opens with, a bold line's included; null for anything else. */
function numberedMarker(p: Paragraph): { marker: Numbered; source: string; bold: boolean } | null {
  if (!p.marker) return null;
  const marker = readMarker(p.text);
  if (marker?.kind === 'bold') {
    if (!p.text.trim().endsWith('**')) return null;
    const inner = p.text.replace(/^\*\*/, '').replace(/\*\*$/, '').trim();
    if (inner.includes('**')) return null;
    const innerMarker = readMarker(inner);
    return innerMarker && isNumbered(innerMarker) ? { marker: innerMarker, source: inner, bold: true } : null;
  }
  return marker && isNumbered(marker) ? { marker, source: p.text, bold: false } : null;
}

const opensPart = (text: string): boolean => (readTypeLine(text) !== null && !text.trim().endsWith(':')) || isAppendix(text);

/**
 * Which numbered paragraphs are headings. A point is a heading by itself when it is bold, of a style
 * that always is (Roman, Điều, …), has no text, does not end a sentence, or has sub-structure; and
 * then so are its siblings, the points of the same rank up to a point of a lower rank.
 */
function headingPoints(paragraphs: Paragraph[]): Set<number> {
  const groupOf = new Map<number, number>();
  const headedGroups = new Set<number>();
  let open = new Map<number, { group: number; order: number }>();
  let groups = 0;
  paragraphs.forEach((p, index) => {
    if (!p.marker && opensPart(p.text)) open = new Map();
    const found = numberedMarker(p);
    if (!found) return;
    const rank = rankOf(found.marker);
    for (const r of open.keys()) if (r > rank) open.delete(r);
    const order = orderOf(found.marker);
    const current = open.get(rank);
    // Numbering that starts again ("1.", "2.", "3.", then "1." where a web copy lost the heading in
    // between) opens a new group.
    const group = current && order > current.order ? current.group : (groups += 1);
    open.set(rank, { group, order });
    groupOf.set(index, group);
    const rest = found.marker.rest.trim();
    if (found.bold || alwaysHeading(found.marker) || rest === '' || !endsSentence(rest) || hasChildren(paragraphs, index, rank)) {
      headedGroups.add(group);
    }
  });
  return new Set([...groupOf].filter(([, group]) => headedGroups.has(group)).map(([index]) => index));
}

// Whether what follows a numbered point (up to its next sibling or a higher heading) is sub-structure.
function hasChildren(paragraphs: Paragraph[], index: number, rank: number): boolean {
  for (let i = index + 1; i < paragraphs.length; i += 1) {
    const marker = paragraphs[i]?.marker ?? null;
    if (!marker) continue;
    if (isNumbered(marker)) return rankOf(marker) > rank;
    if (marker.kind === 'bullet' || marker.kind === 'task' || marker.kind === 'bold') return true;
  }
  return false;
}

/** An open heading: its rank (Infinity for a top-level bold line, which any number closes) and level. */
interface Open {
  rank: number;
  depth: number;
  bold: boolean;
}

/** Turns the body's paragraphs into blocks. */
export function buildBlocks(paragraphs: Paragraph[]): Block[] {
  const blocks: Block[] = [];
  let stack: Open[] = [];
  // Level of the enclosing part: 1 in the document itself, 2 inside an attached document.
  let base = 1;
  const headings = headingPoints(paragraphs);

  const open = (rank: number, bold: boolean): number => {
    while ((stack.at(-1)?.rank ?? -1) >= rank) stack.pop();
    const depth = (stack.at(-1)?.depth ?? base) + 1;
    stack.push({ rank, depth, bold });
    return depth;
  };
  const pushHeading = (depth: number, number: string | null, text: string, line: number): void => {
    if (depth <= deepestHeading) blocks.push({ kind: 'heading', depth, number, text, line });
    else blocks.push({ kind: 'paragraph', text, line });
  };
  const numbered = (marker: Numbered, source: string, index: number, line: number): void => {
    const rank = rankOf(marker);
    const label = numberLabel(marker, source);
    const rest = marker.rest.trim();
    if (!headings.has(index)) {
      // A list item closes the sub-points of an earlier point, as a heading would.
      while ((stack.at(-1)?.rank ?? -1) > rank) stack.pop();
      blocks.push({ kind: 'ordered', number: label, text: rest, line });
      return;
    }
    const depth = open(rank, false);
    // A Roman part's or a division's title is all heading; a point's or an article's first sentence is.
    const [head, tail] = alwaysHeading(marker) && marker.kind !== 'article' ? [rest, ''] : splitFirstSentence(rest);
    pushHeading(depth, label, `${label} ${head}`.trim(), line);
    if (tail) blocks.push({ kind: 'paragraph', text: tail, line });
  };

  paragraphs.forEach((p, index) => {
    // Re-read on the joined text, so a marker's rest is the whole paragraph.
    const marker = p.marker ? readMarker(p.text) : null;
    const line = p.line;
    if (!marker) {
      // An attached document's type line ("KẾ HOẠCH" after a decision) or an appendix ("PHỤ LỤC …")
      // opens a part; the decision's own "QUYẾT ĐỊNH:" before its articles does not.
      if (opensPart(p.text)) {
        blocks.push({ kind: 'heading', depth: 2, number: null, text: p.text, line });
        stack = [];
        base = 2;
      } else blocks.push({ kind: 'paragraph', text: p.text, line });
      return;
    }
    switch (marker.kind) {
      case 'table':
        blocks.push({ kind: 'table', text: p.text, line });
        return;
      case 'task':
        blocks.push({ kind: 'task', label: marker.label, canonical: marker.canonical, value: marker.rest, line });
        return;
      case 'bullet':
        blocks.push({ kind: 'bullet', text: marker.rest, line });
        return;
      case 'note':
        blocks.push({ kind: 'paragraph', text: `* ${marker.rest}`, line });
        return;
      case 'bold': {
        const inner = p.text.replace(/^\*\*/, '').replace(/\*\*$/, '').trim();
        if (!p.text.trim().endsWith('**') || inner.includes('**')) {
          blocks.push({ kind: 'paragraph', text: p.text, line });
          return;
        }
        const found = numberedMarker(p);
        if (found) {
          numbered(found.marker, found.source, index, line);
          return;
        }
        // One level under the nearest numbered heading; a bold line after a bold line is its sibling.
        while (stack.at(-1)?.bold) stack.pop();
        const parent = stack.at(-1);
        pushHeading(open(parent ? parent.rank + 0.5 : Number.POSITIVE_INFINITY, true), null, inner, line);
        return;
      }
      default:
        numbered(marker, p.text, index, line);
    }
  });
  return blocks;
}
