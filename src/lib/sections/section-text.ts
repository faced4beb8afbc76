/** Plain text of mdast block nodes, one line per paragraph or list item (mdast-util-to-string would run them together). */
import type { Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

const containers = new Set(['list', 'listItem', 'blockquote', 'root']);

/** The plain text of block nodes, blocks separated by a newline, runs of spaces collapsed. */
export function nodesToText(nodes: readonly RootContent[]): string {
  return nodes
    .map((node) => blockText(node))
    .filter((line) => line !== '')
    .join('\n');
}

function blockText(node: Nodes): string {
  if (containers.has(node.type) && 'children' in node) {
    return (node.children as Nodes[])
      .map((child) => blockText(child))
      .filter((line) => line !== '')
      .join('\n');
  }
  if (node.type === 'thematicBreak') return '';
  return toString(node).replace(/[ \t\u00a0]+/gu, ' ').trim();
}
