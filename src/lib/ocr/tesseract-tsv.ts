// Tesseract's TSV output read back: the page as lines of words, each word with the engine's own
// confidence (0–100), which tells the repair which words to doubt.

/** One word as Tesseract read it. */
export interface OcrWord {
  text: string;
  /** Tesseract's confidence in the word, 0–100. */
  confidence: number;
}

/** A page read by Tesseract: its text, line for line, and its words with their confidences. */
export interface OcrPage {
  text: string;
  words: OcrWord[];
}

const WORD_LEVEL = '5';

/** Reads `tesseract … tsv` output; lines keep Tesseract's order (blocks, paragraphs, lines). */
export function readTesseractTsv(tsv: string): OcrPage {
  const lines = new Map<string, string[]>();
  const words: OcrWord[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const cells = row.split('\t');
    if (cells[0] !== WORD_LEVEL || cells.length < 12) continue;
    const text = (cells.slice(11).join('\t') ?? '').trim();
    if (text === '') continue;
    const key = cells.slice(1, 5).join('/');
    const line = lines.get(key);
    if (line) line.push(text);
    else lines.set(key, [text]);
    words.push({ text: text.normalize('NFC'), confidence: Number(cells[10]) });
  }
  const text = [...lines.values()].map((w) => w.join(' ')).join('\n').normalize('NFC');
  return { text, words };
}
