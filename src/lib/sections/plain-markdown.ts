/**
 * A fast reader for the plain Markdown the plans are written in: ATX headings, paragraphs, bullet
 * and ordered lists of one-paragraph items, thematic breaks, and inline text with `**strong**` and
 * backslash escapes, blocks separated by blank lines. It gives what the remark parser gives for such
 * a body (heading ranges, their text and Markdown, positions) at a fraction of the cost, and gives
 * up (returns null) on anything else, so that the caller can fall back to the full parser. Every
 * doubt is a reason to give up: a wrong guess would change the documents, giving up only costs time.
 */

/** One heading (or the preamble) and its own content, as remark would read it. */
export interface PlainRange {
  /** True for the content before the first heading. */
  preamble: boolean;
  /** Heading text as toString + blockText would give it (runs of spaces collapsed, trimmed); "" for the preamble. */
  headingText: string;
  /** Heading depth; 1 for the preamble. */
  depth: number;
  /** Markdown source of the range's own blocks, as written. */
  markdown: string;
  /** Plain text of the range's blocks, one line per paragraph or list item. */
  text: string;
  /** 1-based line and column of the heading (or of the preamble's first block). */
  line: number;
  column: number;
}

/** A block of the body: where it and its inline content start and end. */
interface Block {
  kind: 'heading' | 'paragraph' | 'item' | 'break';
  /** Heading depth. */
  depth: number;
  /** The list marker of an item: "-", or the delimiter of an ordered one ("." or ")"). */
  marker: string;
  start: number;
  /** Offset where the inline content starts (after "## ", "- ", "1. "). */
  contentStart: number;
  end: number;
  /** 1-based line of the block's start. */
  line: number;
}

/** A block with its plain text. */
interface ReadBlock extends Block {
  /** Plain text as blockText gives it; "" for a thematic break. */
  text: string;
}

// Characters that may start a block other than a paragraph, or change what a line means.
const blockStart = /^(?:[#>\-+*_=`~<[|\s]|\d{1,9}[.)](?: |$))/u;
const heading = /^(#{1,6}) (\S.*)$/u;
const bullet = /^- (\S.*)$/u;
const ordered = /^\d{1,9}([.)]) (\S.*)$/u;
const thematicBreak = /^(?:\*{3,}|-{3,}|_{3,})$/u;
// Anything that could make a body mean more than the subset: controls (tabs, CR, NUL), the BOM,
// surrogates (offsets), characters that open inline constructs, trailing spaces (hard breaks).
const unsupported = /[\u0000-\u0009\u000b-\u001f\ufeff\ud800-\udfff`_[\]<]| \n|&[A-Za-z0-9#]/u;
const asciiPunctuation = /^[!-/:-@[-`{-~]$/u;
const whitespace = /\s/u;
const punctuation = /[\p{P}\p{S}]/u;

/** The heading ranges of a plain body, or null when it uses Markdown the reader does not handle. */
export function splitPlainSections(markdown: string): PlainRange[] | null {
  if (unsupported.test(markdown) || markdown.endsWith(' ')) return null;
  const blocks = withText(markdown, readBlocks(markdown));
  if (blocks === null) return null;
  const ranges: PlainRange[] = [];
  let open: { block: ReadBlock | null; own: ReadBlock[] } = { block: null, own: [] };
  const close = (): void => {
    if (open.block === null && open.own.length === 0) return;
    ranges.push(toRange(markdown, open.block, open.own));
  };
  for (const block of blocks) {
    if (block.kind === 'heading') {
      close();
      open = { block, own: [] };
    } else {
      open.own.push(block);
    }
  }
  close();
  return ranges;
}

function toRange(markdown: string, headingBlock: ReadBlock | null, own: ReadBlock[]): PlainRange {
  const first = own[0];
  const last = own.at(-1);
  const start = headingBlock ?? first;
  return {
    preamble: headingBlock === null,
    headingText: headingBlock ? headingBlock.text.replace(/\s+/gu, ' ') : '',
    depth: headingBlock ? headingBlock.depth : 1,
    markdown: first && last ? markdown.slice(first.start, last.end) : '',
    text: own
      .map((block) => block.text)
      .filter((text) => text !== '')
      .join('\n'),
    line: start?.line ?? 1,
    column: 1,
  };
}

/**
 * Cuts the body into blocks separated by blank lines. A list is a run of items with the same
 * marker; its blocks are kept one per item, which gives the same text and the same range bounds.
 */
function readBlocks(markdown: string): Block[] | null {
  const blocks: Block[] = [];
  let offset = 0;
  let lineNumber = 1;
  let previous: Block | null = null;
  let afterBlank = true;
  while (offset < markdown.length) {
    const newline = markdown.indexOf('\n', offset);
    const lineEnd = newline === -1 ? markdown.length : newline;
    const line = markdown.slice(offset, lineEnd);
    if (line === '') {
      afterBlank = true;
    } else if (!afterBlank && !bullet.test(line) && !ordered.test(line) && !heading.test(line)) {
      // A second line of a block: only plain paragraph text may continue one (lazily, in a list item).
      if (previous === null || (previous.kind !== 'paragraph' && previous.kind !== 'item')) return null;
      if (!isPlainStart(line)) return null;
      previous.end = lineEnd;
    } else {
      // A block after a blank line, a heading (which interrupts anything), or an item right after
      // text: after an item it is the next item (of the same list when it has the same marker); a
      // bullet item may interrupt a paragraph too.
      const interrupts = heading.test(line) || previous?.kind === 'item' || (previous?.kind === 'paragraph' && bullet.test(line));
      if (!afterBlank && !interrupts) return null;
      const block = readFirstLine(line, offset, lineEnd, lineNumber, previous);
      if (block === null) return null;
      blocks.push(block);
      previous = block;
      afterBlank = false;
    }
    offset = lineEnd + 1;
    lineNumber += 1;
  }
  return blocks;
}

/** Reads the first line of a block after a blank line (or at the start), or null when it is outside the subset. */
function readFirstLine(line: string, start: number, end: number, lineNumber: number, previous: Block | null): Block | null {
  const base = { start, end, line: lineNumber, depth: 0, marker: '' };
  const headingMatch = heading.exec(line);
  if (headingMatch) {
    const [, hashes = '', content = ''] = headingMatch;
    if (content.endsWith('#')) return null;
    return { ...base, kind: 'heading', depth: hashes.length, contentStart: start + hashes.length + 1 };
  }
  if (thematicBreak.test(line)) return { ...base, kind: 'break', contentStart: end };
  const item = bullet.exec(line) ?? ordered.exec(line);
  if (item) {
    const marker = line.startsWith('- ') ? '-' : (item[1] ?? '');
    const content = line.startsWith('- ') ? (item[1] ?? '') : (item[2] ?? '');
    if (!isPlainStart(content)) return null;
    // A list of the other kind right after a list would need the parser's rules for where lists end.
    if (previous?.kind === 'item' && previous.marker !== marker) return null;
    return { ...base, kind: 'item', marker, contentStart: end - content.length };
  }
  if (!isPlainStart(line)) return null;
  return { ...base, kind: 'paragraph', contentStart: start };
}

/** The blocks with their plain text, or null when the inline content of one is outside the subset. */
function withText(markdown: string, blocks: Block[] | null): ReadBlock[] | null {
  if (blocks === null) return null;
  const read: ReadBlock[] = [];
  for (const block of blocks) {
    const text = inlineText(markdown.slice(block.contentStart, block.end));
    if (text === null) return null;
    read.push({ ...block, text: blockText(text) });
  }
  return read;
}

/** Whether a line can only be paragraph text: no block syntax at its start (a leading "**" or "\." is inline). */
function isPlainStart(line: string): boolean {
  if (!blockStart.test(line)) return true;
  if (line.startsWith('**')) return line.length > 2 && line[2] !== '*' && line[2] !== ' ';
  return false;
}

/** Plain text of a block as blockText gives it: runs of spaces collapsed, trimmed. */
function blockText(text: string): string {
  return text.replace(/[ \t\u00a0]+/gu, ' ').trim();
}

/**
 * The text of inline content (lines joined by "\n") with `**` delimiters and escaping backslashes
 * removed, or null when it holds anything else the inline parser would read differently.
 */
function inlineText(content: string): string | null {
  let out = '';
  let escapedAt = -2;
  let open = false;
  let from = 0;
  for (let i = 0; i < content.length; i += 1) {
    const ch = content[i];
    if (ch === '\\') {
      const next = content[i + 1] ?? '';
      if (!asciiPunctuation.test(next)) return null;
      out += content.slice(from, i) + next;
      escapedAt = i + 1;
      i += 1;
      from = i + 1;
    } else if (ch === '*') {
      if (content[i + 1] !== '*' || content[i + 2] === '*') return null;
      if (escapedAt === i - 1 || content[i + 2] === '\\') return null;
      const before = classify(content[i - 1]);
      const after = classify(content[i + 2]);
      const opens = after !== 'whitespace' && (after === 'other' || before !== 'other');
      const closes = before !== 'whitespace' && (before === 'other' || after !== 'other');
      // An open run closes at the next run that can close (two runs of two pass the rule of three);
      // a run that could open and close is not taken as an opener.
      if (open ? !closes : !opens || closes) return null;
      open = !open;
      out += content.slice(from, i);
      i += 1;
      from = i + 1;
    }
  }
  if (open) return null;
  return out + content.slice(from);
}

/** Micromark's classes of the character next to a delimiter run: the start and end count as whitespace. */
function classify(ch: string | undefined): 'whitespace' | 'punctuation' | 'other' {
  if (ch === undefined || whitespace.test(ch)) return 'whitespace';
  return punctuation.test(ch) ? 'punctuation' : 'other';
}
