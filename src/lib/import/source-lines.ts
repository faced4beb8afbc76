/** Clean-up: the decoded text as a list of meaningful lines, page furniture dropped. */

/** One non-blank line of the source, trimmed, with its 1-based line number. */
export interface SourceLine {
  text: string;
  line: number;
  /** A "-----" line: dropped from the text, kept as a boundary (it ends a title block). */
  separator?: true;
}

// A page number alone on its line: "2", "- 2 -", "Trang 2".
const pageNumber = /^(?:[-–]\s*)?(?:trang\s+)?\d{1,3}(?:\s*[-–])?$/i;
// Separators and stamp marks: "-----", "*", "***", "___".
const furniture = /^[-–—_*=~.•·\s]+$/;

/** Splits decoded text into trimmed non-blank lines; drops page numbers and stamp marks, flags separators,
 * and joins a `**bold**` span broken over several lines into one line. */
export function toSourceLines(text: string): SourceLine[] {
  const raw = text.split(/\r?\n/);
  const lines: SourceLine[] = [];
  let open: SourceLine | null = null;
  raw.forEach((value, i) => {
    const trimmed = value.replace(/\t/g, ' ').replace(/ {2,}/g, ' ').trim();
    if (trimmed === '') return;
    if (open) {
      open.text += ` ${trimmed}`;
      if (trimmed.includes('**')) open = null;
      return;
    }
    if (isSeparator(trimmed)) {
      lines.push({ text: trimmed, line: i + 1, separator: true });
      return;
    }
    if (pageNumber.test(trimmed) || furniture.test(trimmed)) return;
    const line = { text: trimmed, line: i + 1 };
    lines.push(line);
    if (trimmed.startsWith('**') && (trimmed.match(/\*\*/g) ?? []).length % 2 === 1) open = line;
  });
  return lines;
}

/** True for the separator line under a title ("-----"). */
export function isSeparator(text: string): boolean {
  return /^\s*[-–—_*=]{3,}\s*$/.test(text);
}
