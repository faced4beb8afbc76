// A plan's layout as an HTML page printed the way official documents are set: A4, a Times-like
// serif, the letterhead and the closing in two-column tables, numbered headings in bold.

import type { LayoutBlock, PlanLayout } from './plan-layout.ts';
import { spans } from './plan-layout.ts';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const runs = (text: string): string => spans(text).map((s) => (s.bold ? `<b>${escape(s.text)}</b>` : escape(s.text))).join('');
const lines = (items: string[]): string => items.map((l) => `<div>${escape(l)}</div>`).join('');

function blockHtml(block: LayoutBlock): string {
  switch (block.kind) {
    case 'heading':
      return `<p class="h"><b>${escape(block.text)}</b></p>`;
    case 'paragraph':
      return `<p>${block.label ? `<b>${escape(block.label)}</b> ` : ''}${runs(block.text)}</p>`;
    case 'bullets':
      return block.items.map((i) => `<p>- ${runs(i)}</p>`).join('');
    case 'numbered':
      return block.items.map((item, n) => `<p>${n + 1}. ${runs(item)}</p>`).join('');
    case 'table':
      return `<table class="grid">${block.rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('')}</table>`;
  }
}

/** The HTML page of a plan layout. */
export function planHtml(layout: PlanLayout): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: 'DejaVu Serif', serif; font-size: 12pt; line-height: 1.35; }
p { margin: 0 0 6pt; text-align: justify; text-indent: 1cm; }
p.h { text-indent: 1cm; }
table.head, table.close { width: 100%; border-collapse: collapse; margin-bottom: 12pt; }
table.head td, table.close td { vertical-align: top; text-align: center; white-space: nowrap; }
table.head { font-size: 11pt; }
table.close td:first-child { text-align: left; font-size: 10pt; }
table.grid { border-collapse: collapse; width: 100%; margin: 6pt 0; }
table.grid td { border: 1px solid #000; padding: 2pt 4pt; }
.type { text-align: center; font-weight: bold; font-size: 14pt; margin-top: 12pt; }
.title { text-align: center; font-weight: bold; margin-bottom: 4pt; }
.rule { width: 30%; margin: 2pt auto 14pt; border-top: 1px solid #000; }
</style></head><body>
<table class="head"><tr><td>${lines(layout.left)}</td><td>${lines(layout.right)}</td></tr></table>
<div class="type">${escape(layout.type)}</div>
<div class="title">${escape(layout.title)}</div>
<div class="rule"></div>
${layout.blocks.map(blockHtml).join('\n')}
<table class="close"><tr><td>${lines(['Nơi nhận:', ...layout.recipients])}</td><td><b>${lines(layout.signature)}</b></td></tr></table>
</body></html>`;
}
