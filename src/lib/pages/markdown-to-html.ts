/**
 * A small mdast → HTML renderer for the Markdown of a section, read in the plan dialect
 * (plan-markdown.ts): paragraphs, lists, emphasis, strong text, block quotes. Every text is escaped
 * (raw HTML, code and links are text in that dialect), and the query's words can be marked, so no
 * markup from a plan or a query reaches the page.
 */
import type { Nodes } from 'mdast';
import { parsePlanMarkdown } from '../sections/plan-markdown.ts';
import { markTerms, type Term } from '../search/highlight.ts';

function render(node: Nodes, terms: readonly Term[]): string {
  const inner = (): string => ('children' in node ? node.children.map((child) => render(child as Nodes, terms)).join('') : '');
  switch (node.type) {
    case 'root': return inner();
    case 'paragraph': return `<p>${inner()}</p>\n`;
    case 'list': return node.ordered ? `<ol${node.start != null && node.start !== 1 ? ` start="${node.start}"` : ''}>${inner()}</ol>\n` : `<ul>${inner()}</ul>\n`;
    case 'listItem': return `<li>${inner()}</li>`;
    case 'strong': return `<strong>${inner()}</strong>`;
    case 'emphasis': return `<em>${inner()}</em>`;
    case 'text': return markTerms(node.value, terms);
    case 'break': return '<br>';
    case 'heading': return `<p><strong>${inner()}</strong></p>\n`;
    case 'blockquote': return `<blockquote>${inner()}</blockquote>\n`;
    case 'thematicBreak': return '<hr>\n';
    default: return 'value' in node && typeof node.value === 'string' ? markTerms(node.value, terms) : inner();
  }
}

/** Render a section's Markdown body as escaped HTML, marking the given folded query words; a leading heading is left out (the page renders it). */
export function markdownToHtml(markdown: string, terms: readonly Term[] = []): string {
  const tree = parsePlanMarkdown(markdown);
  if (tree.children[0]?.type === 'heading') tree.children.shift();
  return render(tree, terms);
}
