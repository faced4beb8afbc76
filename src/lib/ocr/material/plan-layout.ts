// The printed layout of a plan whose text is known, for making test material (Word, PDF, scans):
// the letterhead in two columns as officials set it, the type line and title, the body as
// blocks, and the closing in two columns (Nơi nhận | signature). Made from a source text and
// its import, so that the material restates exactly what the text says.

import { importPlan } from '../../import/import-plan.ts';
import type { ImportedPlan } from '../../import/import-plan.ts';
import { toSourceLines } from '../../import/source-lines.ts';
import { splitDocument } from '../../import/split-document.ts';

/** Splits running text into plain and `**bold**` spans. */
export function spans(text: string): Array<{ text: string; bold: boolean }> {
  return text.split(/(\*\*[^*]+\*\*)/).filter((s) => s !== '').map((s) => (s.startsWith('**') && s.endsWith('**') && s.length > 4 ? { text: s.slice(2, -2), bold: true } : { text: s, bold: false }));
}

/** One block of a plan body; running text (paragraphs, list items) keeps `**bold**` spans. */
export type LayoutBlock =
  | { kind: 'heading'; depth: number; text: string }
  | { kind: 'paragraph'; text: string; label?: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'numbered'; items: string[] }
  | { kind: 'table'; rows: string[][] };

/** A plan as it is printed. */
export interface PlanLayout {
  left: string[];
  right: string[];
  type: string;
  title: string;
  blocks: LayoutBlock[];
  recipients: string[];
  signature: string[];
}

const rightColumn = /CỘNG SẢN|CỘNG HÒA|CỘNG HOÀ|Độc lập|ngày .*tháng/u;
const strip = (text: string): string => text.replace(/\*\*/g, '').replace(/\\([-*#])/g, '$1').trim();
/** Running text keeps its inline `**bold**` spans (printed in bold); only escapes go. */
const inline = (text: string): string => text.replace(/\\([-*#])/g, '$1').trim();

/** Splits a body's Markdown into blocks. */
export function bodyBlocks(body: string): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  for (const line of body.split('\n')) {
    const last = blocks[blocks.length - 1];
    if (line.trim() === '') continue;
    const heading = /^(#{2,6}) (.*)$/.exec(line);
    const bullet = /^- (.*)$/.exec(line);
    const numbered = /^\d+\. (.*)$/.exec(line);
    const label = /^\*\*([^*]+?:)\*\* ?(.*)$/.exec(line);
    if (heading) blocks.push({ kind: 'heading', depth: (heading[1] ?? '##').length - 1, text: strip(heading[2] ?? '') });
    else if (bullet) {
      if (last?.kind === 'bullets') last.items.push(inline(bullet[1] ?? ''));
      else blocks.push({ kind: 'bullets', items: [inline(bullet[1] ?? '')] });
    } else if (numbered) {
      if (last?.kind === 'numbered') last.items.push(inline(numbered[1] ?? ''));
      else blocks.push({ kind: 'numbered', items: [inline(numbered[1] ?? '')] });
    } else if (line.startsWith('|')) {
      if (/^\|[-| :]+\|$/.test(line)) continue;
      const row = line.replace(/^\||\|$/g, '').split('|').map((c) => strip(c));
      if (last?.kind === 'table') last.rows.push(row);
      else blocks.push({ kind: 'table', rows: [row] });
    } else if (label) blocks.push({ kind: 'paragraph', label: label[1] ?? '', text: inline(label[2] ?? '') });
    else blocks.push({ kind: 'paragraph', text: inline(line) });
  }
  return blocks;
}

/** The layout of a source text, with its import (done without repair). */
export function planLayout(text: string, source: string): { layout: PlanLayout; plan: ImportedPlan } {
  const plan = importPlan(text, { source, path: source, existing: null, repair: null });
  const parts = splitDocument(toSourceLines(text));
  const header = parts.header.map((l) => strip(l.text).replace(/^\*\s+/, '')).filter((l) => l !== '' && l !== '*');
  const signer = plan.meta.signer;
  return {
    plan,
    layout: {
      left: header.filter((l) => !rightColumn.test(l)),
      right: header.filter((l) => rightColumn.test(l)),
      type: strip(parts.typeLine?.text ?? (plan.meta.type ?? 'Văn bản').toUpperCase()),
      title: strip(parts.title.map((l) => l.text).join(' ')).replace(/\s+/g, ' '),
      blocks: bodyBlocks(plan.body),
      recipients: plan.meta.recipients.map((r, i, all) => `- ${r}${i === all.length - 1 ? '.' : ','}`),
      signature: signer ? [signer.onBehalf, signer.title?.toUpperCase(), signer.name].filter((s): s is string => !!s) : [],
    },
  };
}
