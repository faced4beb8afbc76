/**
 * `.doc` (Word 97–2003): antiword, Debian's long-standing reader of the binary format, as UTF-8
 * text; it keeps paragraphs on their lines and writes tables as `|`-separated cells.
 */
import { runTool } from './run-tool.ts';

/** The text of a `.doc` file; table rows come out as `| cell | cell |`, as the importer reads them. */
export async function readDoc(path: string): Promise<string> {
  // -w 0: no hard wrapping (one line per paragraph); -m UTF-8.txt: Vietnamese letters as UTF-8.
  const text = await runTool('antiword', ['-w', '0', '-m', 'UTF-8.txt', path], path);
  return text.replace(/^\|(.*)\|\s*$/gm, (_m, inner: string) => `| ${inner.split('|').map((c) => c.trim()).join(' | ')} |`);
}
