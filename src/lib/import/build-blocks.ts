/**
 * Structure: paragraphs become headings (keeping their own number), list items, task fields and
 * plain paragraphs. Roman part → depth 2, "1." → 3, "2.1." → 4, "a)" / "2.1.1." → 5, a bold line →
 * one below its parent. A numbered point that is a plain sentence with nothing under it is a list item.
 */
import type { Paragraph } from './join-paragraphs.ts';
import type { Marker } from './markers.ts';
import { readMarker } from './markers.ts';
import { readTypeLine } from './split-document.ts';
import { foldDiacritics } from './text-tools.ts';

/** One block of the Markdown body. */
export type Block =
  | { kind: 'heading'; depth: number; number: string | null; text: string; line: number }
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'bullet'; text: string; line: number }
  | { kind: 'ordered'; number: string; text: string; line: number }
  | { kind: 'task'; label: string; canonical: string; value: string; line: number }
  | { kind: 'table'; text: string; line: number };

const isAppendix = (text: string): boolean =>
  /^phu luc\b/.test(foldDiacritics(text)) && text.slice(0, 7) === text.slice(0, 7).toUpperCase();
const endsSentence = (text: string): boolean => /[.;]["”’)]*$/.test(text.trim());

/** The first sentence of a numbered point, when more follows: "Chỉ đạo …, phức tạp." + "Nâng cao …". */
function splitFirstSentence(text: string): [string, string] {
  const match = /^(.{20,}?[.;])\s+(?=[\p{Lu}"“])/u.exec(text);
  if (!match?.[1]) return [text, ''];
  return [match[1], text.slice(match[0].length)];
}

function numberedDepth(marker: Marker): number | null {
  switch (marker.kind) {
    case 'roman':
    case 'article':
      return 2;
    case 'decimal':
      return marker.depth;
    case 'letter':
      return 5;
    default:
      return null;
  }
}

function numberLabel(marker: Marker, source: string): string {
  if (marker.kind === 'roman') return `${marker.number}${/^[IVXl1]+\s*-/.test(source) ? '-' : '.'}`;
  if (marker.kind === 'decimal') return `${marker.number}.`;
  if (marker.kind === 'letter') return `${marker.number})`;
  if (marker.kind === 'article') return `Điều ${marker.number}.`;
  return '';
}

// Whether what follows a numbered point (up to its next sibling or a higher heading) is sub-structure.
function hasChildren(paragraphs: Paragraph[], index: number, depth: number): boolean {
  for (let i = index + 1; i < paragraphs.length; i += 1) {
    const marker = paragraphs[i]?.marker ?? null;
    if (!marker) continue;
    const d = numberedDepth(marker);
    if (d !== null) return d > depth;
    if (marker.kind === 'bullet' || marker.kind === 'task' || marker.kind === 'bold') return true;
  }
  return false;
}

/** Turns the body's paragraphs into blocks. */
export function buildBlocks(paragraphs: Paragraph[]): Block[] {
  const blocks: Block[] = [];
  let parentDepth = 1;
  paragraphs.forEach((p, index) => {
    // Re-read on the joined text, so a marker's rest is the whole paragraph.
    const marker = p.marker ? readMarker(p.text) : null;
    const line = p.line;
    if (!marker) {
      // An attached document's type line ("KẾ HOẠCH" after a decision) or an appendix ("PHỤ LỤC …")
      // opens a part; the decision's own "QUYẾT ĐỊNH:" before its articles does not.
      if ((readTypeLine(p.text) && !p.text.trim().endsWith(':')) || isAppendix(p.text)) {
        blocks.push({ kind: 'heading', depth: 2, number: null, text: p.text, line });
        parentDepth = 2;
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
        if (p.text.trim().endsWith('**') && !inner.includes('**')) {
          const innerMarker = { ...p, text: inner, marker: null };
          const numbered = headingFromMarker(inner);
          if (numbered) {
            blocks.push({ ...numbered, line });
            parentDepth = numbered.depth;
          } else {
            const depth = Math.min(parentDepth + 1, 6);
            blocks.push({ kind: 'heading', depth, number: null, text: innerMarker.text, line });
          }
        } else blocks.push({ kind: 'paragraph', text: p.text, line });
        return;
      }
      default: {
        const depth = numberedDepth(marker) ?? 3;
        const label = numberLabel(marker, p.text);
        const rest = marker.rest.trim();
        const isHeading =
          marker.kind === 'roman' || marker.kind === 'article' || !endsSentence(rest) || hasChildren(paragraphs, index, depth);
        if (!isHeading) {
          blocks.push({ kind: 'ordered', number: label, text: rest, line });
          return;
        }
        const [head, tail] = marker.kind === 'roman' || marker.kind === 'article' ? [rest, ''] : splitFirstSentence(rest);
        blocks.push({ kind: 'heading', depth, number: label, text: `${label} ${head}`, line });
        parentDepth = depth;
        if (tail) blocks.push({ kind: 'paragraph', text: tail, line });
      }
    }
  });
  return blocks;
}

function headingFromMarker(text: string): { kind: 'heading'; depth: number; number: string; text: string } | null {
  const m = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(.*)$/.exec(text) ?? /^([IVX]+)[.\-]\s*(.*)$/.exec(text);
  if (!m?.[1]) return null;
  const roman = /^[IVX]+$/.test(m[1]);
  const depth = roman ? 2 : Math.min(m[1].split('.').length + 2, 5);
  const label = `${m[1]}.`;
  return { kind: 'heading', depth, number: label, text: `${label} ${m[2] ?? ''}` };
}
