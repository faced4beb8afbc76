/**
 * Word's structure, as mammoth's HTML gives it, in the text shape the importer reads: one line per
 * paragraph, a bold paragraph as `**…**`, headings as their own lines, list items numbered or
 * bulleted as typed, a letterhead table as `| left | right |` rows, the closing table (Nơi nhận |
 * signature) column by column, and any other table as Markdown rows that stay searchable.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

const blockTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table']);

function isElement(node: ElementContent | Root['children'][number]): node is Element {
  return node.type === 'element';
}

/** The text of an inline run; `<br>` becomes a newline. */
function inlineText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (!isElement(node)) return '';
  if (node.tagName === 'br') return '\n';
  return node.children.map(inlineText).join('');
}

const squash = (text: string): string => text.replace(/[ \t\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();

/** Whether every letter of a paragraph sits inside `<strong>`. */
function wholeBold(node: Element): boolean {
  const loose = node.children.filter((c) => !(isElement(c) && (c.tagName === 'strong' || c.tagName === 'br')));
  return node.children.some((c) => isElement(c) && c.tagName === 'strong') && loose.every((c) => !/\p{L}/u.test(inlineText(c)));
}

/** Running text with its bold spans as `**…**`, except a bold lead-in (a task label such as "Cơ quan chỉ đạo:", which the importer bolds itself). */
function runningText(children: ElementContent[]): string {
  const firstLetters = children.findIndex((c) => /\p{L}/u.test(inlineText(c)));
  return children
    .map((c, i) => {
      const text = inlineText(c);
      if (!isElement(c) || c.tagName !== 'strong' || i === firstLetters || text.trim() === '') return text;
      const lead = /^\s*/.exec(text)?.[0] ?? '';
      const tail = /\s*$/.exec(text)?.[0] ?? '';
      return `${lead}**${text.trim()}**${tail}`;
    })
    .join('');
}

/** A paragraph's lines; a wholly bold paragraph becomes one `**…**` line. */
function paragraphLines(node: Element): string[] {
  if (wholeBold(node)) {
    const text = squash(node.children.map(inlineText).join('')).replace(/\n/g, ' ');
    return text === '' ? [] : [`**${text}**`];
  }
  const text = squash(runningText(node.children));
  return text === '' ? [] : text.split('\n');
}

/** A heading keeps its typed number ("I. MỤC ĐÍCH"); one without a number is bold, a heading under its parent. */
function headingLines(node: Element): string[] {
  const text = squash(node.children.map(inlineText).join('')).replace(/\n/g, ' ');
  if (text === '') return [];
  return /^([IVX]+|\d+(\.\d+)*|[a-zđ])[.)\-–]/u.test(text) ? [text] : [`**${text}**`];
}

/** List items as typed by Word's numbering: `1.`, `2.` … for an ordered list, `-` for bullets; nested lists follow their item. */
function listLines(node: Element): string[] {
  const lines: string[] = [];
  let n = 0;
  for (const item of node.children) {
    if (!isElement(item) || item.tagName !== 'li') continue;
    n += 1;
    const own = item.children.filter((c) => !(isElement(c) && blockTags.has(c.tagName)));
    const text = squash(runningText(own)).replace(/\n/g, ' ');
    const nestedParagraphs = item.children.filter((c): c is Element => isElement(c) && c.tagName === 'p');
    const first = text || squash(nestedParagraphs.map((p) => p.children.map(inlineText).join('')).join(' '));
    if (first) lines.push(node.tagName === 'ol' ? `${n}. ${first}` : `- ${first}`);
    for (const child of item.children) if (isElement(child) && (child.tagName === 'ul' || child.tagName === 'ol')) lines.push(...listLines(child));
  }
  return lines;
}

/** The paragraphs of one table cell, each a line. */
function cellLines(cell: Element): string[] {
  return blockLines(cell.children).map((l) => l.replace(/^\*\*(.*)\*\*$/, '$1'));
}

function rowsOf(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (node: Element): void => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.tagName === 'tr') rows.push(child.children.filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th')));
      else visit(child);
    }
  };
  visit(table);
  return rows;
}

const cellText = (text: string): string => text.replace(/\|/g, '/');

/** A table in the shape of its role: letterhead rows, closing columns, or a Markdown table. */
function tableLines(table: Element, beforeTitle: boolean): string[] {
  const rows = rowsOf(table);
  const cells = rows.map((row) => row.map(cellLines));
  const width = Math.max(0, ...rows.map((r) => r.length));
  const firstCell = cells[0]?.[0]?.[0] ?? '';
  if (width === 2 && /^n[ơo]i nh[ậa]n\b/iu.test(firstCell)) {
    // The closing: recipients on the left, the signature on the right; the importer reads them as lines.
    return [0, 1].flatMap((column) => cells.flatMap((row) => row[column] ?? []));
  }
  if (width === 2 && beforeTitle) {
    // The letterhead: issuer and number on the left, motto and date on the right, line against line.
    const lines: string[] = [];
    for (const row of cells) {
      const height = Math.max(row[0]?.length ?? 0, row[1]?.length ?? 0);
      for (let i = 0; i < height; i += 1) lines.push(`| ${cellText(row[0]?.[i] ?? '')} | ${cellText(row[1]?.[i] ?? '')} |`.replace(/ {2}/g, ' '));
    }
    if (lines.length > 1) lines.splice(1, 0, '|---|---|');
    return lines;
  }
  const lines = cells.map((row) => `| ${row.map((c) => cellText(c.join(' '))).join(' | ')} |`);
  if (lines.length > 1) lines.splice(1, 0, `|${'---|'.repeat(width)}`);
  return lines;
}

const typeLine = /^(\*\*)?(KẾ HOẠCH|CHƯƠNG TRÌNH|QUYẾT ĐỊNH|NGHỊ QUYẾT|KẾT LUẬN|HƯỚNG DẪN|CHỈ THỊ|THÔNG BÁO|BÁO CÁO|CÔNG VĂN|V\/v)\b/u;

/** The lines of a sequence of block nodes. */
function blockLines(nodes: ElementContent[] | Root['children'], state = { titleSeen: false }): string[] {
  const lines: string[] = [];
  for (const node of nodes) {
    if (!isElement(node)) continue;
    let own: string[];
    if (node.tagName === 'p') own = paragraphLines(node);
    else if (/^h[1-6]$/.test(node.tagName)) own = headingLines(node);
    else if (node.tagName === 'ul' || node.tagName === 'ol') own = listLines(node);
    else if (node.tagName === 'table') own = tableLines(node, !state.titleSeen);
    else own = blockLines(node.children, state);
    if (own.some((l) => typeLine.test(l))) state.titleSeen = true;
    lines.push(...own);
  }
  return lines;
}

/** Converts mammoth's HTML of a Word document into the importer's text shape. */
export function htmlToText(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  // One line per Word paragraph: the importer joins no long line to the next (as for seed 003).
  return `${blockLines(tree.children).join('\n')}\n`;
}
