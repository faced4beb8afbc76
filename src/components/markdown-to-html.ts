/**
 * A small mdast → HTML renderer for the Markdown of a section: paragraphs, lists, emphasis and
 * strong text, nothing else. Every text is escaped, raw HTML in a plan is shown as text, and the
 * query's words can be marked, so no markup from a plan or a query reaches the page.
 */
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { escapeHtml } from '../lib/search/escape-html.ts';
import { markTerms, type Term } from '../lib/search/highlight.ts';

const parser = unified().use(remarkParse);

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
    case 'inlineCode': return `<code>${escapeHtml(node.value)}</code>`;
    case 'break': return '<br>';
    case 'heading': return `<p><strong>${inner()}</strong></p>\n`;
    case 'blockquote': return `<blockquote>${inner()}</blockquote>\n`;
    case 'thematicBreak': return '<hr>\n';
    // Raw HTML in a plan is shown as the text it is, inline where it stood.
    case 'html': return escapeHtml(node.value);
    case 'code': return `<pre>${escapeHtml(node.value)}</pre>\n`;
    // Links and images in a plan are shown as their text only: a plan must not send readers elsewhere.
    case 'link': case 'linkReference': return inner();
    case 'image': case 'imageReference': return escapeHtml(node.alt ?? '');
    default: return 'value' in node && typeof node.value === 'string' ? markTerms(node.value, terms) : inner();
  }
}

/** Render a section's Markdown body as escaped HTML, marking the given folded query words; a leading heading is left out (the page renders it). */
export function markdownToHtml(markdown: string, terms: readonly Term[] = []): string {
  const tree = parser.parse(markdown) as Root;
  if (tree.children[0]?.type === 'heading') tree.children.shift();
  return render(tree, terms);
}
