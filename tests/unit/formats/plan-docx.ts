// A plan's layout as a Word document, made with the `docx` package the way officials set one: the
// letterhead and the closing as borderless two-column tables, numbered headings in Word heading
// styles, task labels in bold, Word's own numbering and bullets for lists, appendices as tables.
import { AlignmentType, BorderStyle, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { LayoutBlock, PlanLayout } from '../../../src/lib/ocr/material/plan-layout.ts';
import { spans } from '../../../src/lib/ocr/material/plan-layout.ts';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const headings = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5];

function columns(left: string[], right: string[], bold = false): Table {
  const cell = (lines: string[]): TableCell =>
    new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: lines.map((l) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: l, bold })] })) });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: noBorders, rows: [new TableRow({ children: [cell(left), cell(right)] })] });
}

let lists = 0;

const runs = (text: string): TextRun[] => spans(text).map((s) => new TextRun({ text: s.text, bold: s.bold }));

function blockChildren(block: LayoutBlock): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: headings[block.depth - 1] ?? HeadingLevel.HEADING_5, children: [new TextRun({ text: block.text, bold: true })] })];
    case 'paragraph':
      return [new Paragraph({ children: [...(block.label ? [new TextRun({ text: `${block.label} `, bold: true })] : []), ...runs(block.text)] })];
    case 'bullets':
      return block.items.map((text) => new Paragraph({ bullet: { level: 0 }, children: runs(text) }));
    case 'numbered': {
      // Each list restarts at 1, as Word does for a new list.
      const instance = (lists += 1);
      return block.items.map((text) => new Paragraph({ numbering: { reference: 'points', level: 0, instance }, children: runs(text) }));
    }
    case 'table':
      return [new Table({ rows: block.rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) })];
  }
}

/** The .docx bytes of a plan layout. */
export async function planDocx(layout: PlanLayout): Promise<Buffer> {
  const doc = new Document({
    numbering: { config: [{ reference: 'points', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [
      {
        children: [
          columns(layout.left, layout.right),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: layout.type, bold: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: layout.title, bold: true })] }),
          ...layout.blocks.flatMap(blockChildren),
          columns(['Nơi nhận:', ...layout.recipients], layout.signature, false),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
