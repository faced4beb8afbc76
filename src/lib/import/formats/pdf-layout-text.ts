/**
 * The text layer of a PDF from poppler's `pdftotext -bbox-layout` (XHTML: pages, blocks, lines,
 * words): one line per printed line, in reading order, with hyphens at line ends kept (plain
 * pdftotext glues "57-" + "KL/TW" into "57KL/TW"; `-raw` splits runs drawn apart, such as a
 * stacked Vietnamese mark or ", PCVP").
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

function elements(node: Root | Element, name: string): Element[] {
  const found: Element[] = [];
  const visit = (n: Root | RootContent): void => {
    if (n.type !== 'element' && n.type !== 'root') return;
    if (n.type === 'element' && n.tagName === name) found.push(n);
    else for (const child of n.children) visit(child);
  };
  visit(node);
  return found;
}

function textOf(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
}

/** The pages of a PDF's text layer, each as its printed lines. */
export function readBboxLayout(xhtml: string): string[][] {
  const tree = fromHtml(xhtml);
  return elements(tree, 'page').map((page) => {
    const lines = elements(page, 'line')
      .map((line) => elements(line, 'word').map(textOf).join(' ').trim())
      .filter((l) => l !== '');
    // A lone letter closing a page is a tall stacked mark cut at the page break ("Ổ" of a heading
    // that starts the next page), never text: page numbers are digits.
    if (/^\p{L}\p{M}*$/u.test(lines[lines.length - 1] ?? '')) lines.pop();
    return lines;
  });
}
