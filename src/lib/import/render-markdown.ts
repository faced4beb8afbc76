/** Writes blocks as the Markdown body of a plan file. */
import type { Block } from './build-blocks.ts';

// Escapes what would turn running text into Markdown structure at the start of a line.
function escapeStart(text: string): string {
  return text
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^([#>+=-])/, '\\$1')
    .replace(/^\*(?!\*)/, '\\*');
}

/** Markdown for one block; `canonicalLabels` writes task labels in their canonical spelling. */
function renderBlock(block: Block, canonicalLabels: boolean): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.depth)} ${block.text}`;
    case 'paragraph':
      return escapeStart(block.text);
    case 'bullet':
      return `- ${escapeStart(block.text)}`;
    case 'ordered':
      // "1)" as "1." (a Markdown list); a letter as written ("a)"), which Markdown reads as text.
      return `${/^\d/.test(block.number) ? block.number.replace(/\)$/, '.') : block.number} ${escapeStart(block.text)}`;
    case 'task': {
      const label = canonicalLabels ? block.canonical : block.label.replace(/[\s.]+$/, '');
      return `**${label}:** ${block.value}`.trimEnd();
    }
    case 'table':
      return block.text;
  }
}

const tight = (a: Block | undefined, b: Block): boolean =>
  a !== undefined && a.kind === b.kind && (b.kind === 'bullet' || b.kind === 'ordered' || b.kind === 'table');

/** Joins blocks into a Markdown body: one block per paragraph, list items and table rows kept together. */
export function renderMarkdown(blocks: Block[], options: { canonicalLabels?: boolean } = {}): string {
  return renderWithLines(blocks, options.canonicalLabels ?? false).markdown;
}

/** The 1-based line of the Markdown body (as renderMarkdown writes it) at which each block starts. */
export function blockStartLines(blocks: Block[]): number[] {
  return renderWithLines(blocks, false).lines;
}

function renderWithLines(blocks: Block[], canonicalLabels: boolean): { markdown: string; lines: number[] } {
  let out = '';
  let line = 1;
  const lines: number[] = [];
  blocks.forEach((block, i) => {
    const text = renderBlock(block, canonicalLabels);
    const separator = i === 0 ? '' : tight(blocks[i - 1], block) ? '\n' : '\n\n';
    line += separator.length;
    lines.push(line);
    line += (text.match(/\n/g) ?? []).length;
    out += separator + text;
  });
  return { markdown: `${out}\n`, lines };
}
