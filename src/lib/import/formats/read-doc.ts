/**
 * `.doc` (Word 97–2003): antiword, Debian's long-standing reader of the binary format, as UTF-8
 * text; it keeps paragraphs on their lines and writes tables as `|`-separated cells.
 */
import { runTool } from '../../run-tool.ts';

const isRow = (line: string): boolean => /^\|.*\|\s*$/.test(line);
const cellsOf = (line: string): string[] => line.trim().slice(1, -1).split('|').map((cell) => cell.trim());

/**
 * One antiword table in the shape of its role, as the .docx reader gives it: the closing table
 * (Nơi nhận | signature) as its left column's lines then its right column's, so recipients and the
 * signer are read as such; any other table as `| cell | cell |` rows.
 */
function tableLines(rows: string[][]): string[] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (width === 2 && /^n[ơo]i nh[ậa]n\b/iu.test(rows[0]?.[0] ?? '')) {
    return [0, 1].flatMap((column) => rows.map((row) => row[column] ?? '').filter((cell) => cell !== ''));
  }
  return rows.map((row) => `| ${row.join(' | ')} |`);
}

/** The text of a `.doc` file in the shape the importer reads: letterhead rows as `| cell | cell |`, the closing as lines. */
export async function readDoc(path: string): Promise<string> {
  // -w 0: no hard wrapping (one line per paragraph); -m UTF-8.txt: Vietnamese letters as UTF-8.
  const text = await runTool('antiword', ['-w', '0', '-m', 'UTF-8.txt', path], path);
  const out: string[] = [];
  let table: string[][] = [];
  for (const line of text.split('\n')) {
    if (isRow(line)) {
      table.push(cellsOf(line));
      continue;
    }
    if (table.length > 0) out.push(...tableLines(table));
    table = [];
    out.push(line);
  }
  if (table.length > 0) out.push(...tableLines(table));
  return out.join('\n');
}
