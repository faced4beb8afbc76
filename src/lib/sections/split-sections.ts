/** Splits a Markdown body into heading ranges: each heading with its own content, up to the next heading of any rank. */
import type { Heading, RootContent } from 'mdast';
import { parsePlanMarkdown } from './plan-markdown.ts';
import { nodesToText } from './section-text.ts';

/** One heading (or the preamble, heading null) with the nodes between it and the next heading. */
export interface HeadingRange {
  heading: Heading | null;
  /** Heading text as shown, whitespace collapsed; "" for the preamble. */
  headingText: string;
  /** Markdown depth of the heading; 1 for the preamble. */
  depth: number;
  /** The range's own content, without the heading and without sub-sections. */
  nodes: RootContent[];
  /** Markdown source of `nodes`, as written. */
  markdown: string;
  /** Plain text of `nodes`, one line per block. */
  text: string;
  /** 1-based line and column in the body of the heading (or the preamble's first node). */
  line: number;
  column: number;
}

/** Cuts a Markdown body into heading ranges; the text before the first heading (if any) comes first with heading null. */
export function splitSections(markdown: string): HeadingRange[] {
  const tree = parsePlanMarkdown(markdown);
  const ranges: HeadingRange[] = [];
  let current: { heading: Heading | null; nodes: RootContent[] } = { heading: null, nodes: [] };
  const close = (): void => {
    if (current.heading === null && current.nodes.length === 0) return;
    ranges.push(toRange(markdown, current.heading, current.nodes));
  };
  for (const node of tree.children) {
    if (node.type === 'heading') {
      close();
      current = { heading: node, nodes: [] };
    } else {
      current.nodes.push(node);
    }
  }
  close();
  return ranges;
}

function toRange(markdown: string, heading: Heading | null, nodes: RootContent[]): HeadingRange {
  const first = nodes[0]?.position?.start;
  const last = nodes.at(-1)?.position?.end;
  const start = heading?.position?.start ?? first;
  return {
    heading,
    headingText: heading ? nodesToText([heading]).replace(/\s+/gu, ' ') : '',
    depth: heading ? heading.depth : 1,
    nodes,
    markdown: first && last ? markdown.slice(first.offset, last.offset) : '',
    text: nodesToText(nodes),
    line: start?.line ?? 1,
    column: start?.column ?? 1,
  };
}
