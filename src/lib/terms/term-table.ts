/**
 * The term table: how many sections have each folded word ("tuyen", "57") and each document
 * number ("57-kl/tw"), built at index time over the fields the search looks in. The site reads it
 * once per corpus version and uses it to choose which words of a long query Meilisearch sees (the
 * rarest), to tell a word that exists nowhere in the corpus, and to know whether a last word
 * typed without marks may be the start of a longer one. Stored as a few records ("chunks") of
 * tab-separated lines, so that a table of a million words loads in a few dozen requests.
 */
import { foldDiacritics } from '../vietnamese/index.ts';

/** Sections having each key; keys sorted, for prefix look-ups. */
export interface TermTable {
  /** The corpus version (hash) the table was built from. */
  version: string;
  /** Sections counted. */
  sections: number;
  /** Key → sections having it. Keys are folded words and document numbers (see numberKey). */
  frequencies: ReadonlyMap<string, number>;
  /** The keys in code-unit order. */
  keys: readonly string[];
}

/** One stored record of a table: a slice of its keys, in order. */
export interface TermChunk {
  id: string;
  version: string;
  sections: number;
  part: number;
  parts: number;
  /** "key\tcount" lines joined by "\n". */
  terms: string;
}

/** Keys per chunk: a chunk stays under a megabyte, and a million keys make 50 chunks. */
const keysPerChunk = 20_000;

/** The key of a document number: its canonical form folded ("57-KL/TW" → "57-kl/tw", "12/QĐ-UBND" → "12/qd-ubnd"). */
export function numberKey(canonical: string): string {
  return foldDiacritics(canonical).toLowerCase();
}

/** Sections having `key` (0 when none). */
export function termFrequency(table: TermTable, key: string): number {
  return table.frequencies.get(key) ?? 0;
}

/** Whether some key other than `prefix` itself starts with it (binary search of the sorted keys). */
export function hasLongerTerm(table: TermTable, prefix: string): boolean {
  let low = 0;
  let high = table.keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((table.keys[middle] as string) <= prefix) low = middle + 1;
    else high = middle;
  }
  return (table.keys[low] ?? '').startsWith(prefix);
}

/** A table from its counts (keys sorted here). */
export function termTableOf(version: string, sections: number, frequencies: ReadonlyMap<string, number>): TermTable {
  return { version, sections, frequencies, keys: [...frequencies.keys()].sort() };
}

/** The table as records to store, in key order. */
export function termTableToChunks(table: TermTable): TermChunk[] {
  const parts = Math.max(1, Math.ceil(table.keys.length / keysPerChunk));
  return Array.from({ length: parts }, (_, part) => ({
    id: `terms-${String(part).padStart(5, '0')}`,
    version: table.version,
    sections: table.sections,
    part,
    parts,
    terms: table.keys.slice(part * keysPerChunk, (part + 1) * keysPerChunk).map((key) => `${key}\t${termFrequency(table, key)}`).join('\n'),
  }));
}

/** A table read back from its records; throws when they are not the whole of one version's table. */
export function termTableFromChunks(chunks: readonly TermChunk[]): TermTable {
  const first = chunks[0];
  if (first === undefined) throw new Error('the term table has no records');
  const sorted = [...chunks].sort((a, b) => a.part - b.part);
  if (sorted.some((chunk, i) => chunk.version !== first.version || chunk.parts !== first.parts || chunk.part !== i) || sorted.length !== first.parts) {
    throw new Error(`the term table's records are not one whole table (${chunks.length} records, versions ${[...new Set(chunks.map((c) => c.version.slice(0, 12)))].join(', ')})`);
  }
  const frequencies = new Map<string, number>();
  for (const chunk of sorted) {
    if (chunk.terms === '') continue;
    for (const line of chunk.terms.split('\n')) {
      const tab = line.indexOf('\t');
      frequencies.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
  }
  return termTableOf(first.version, first.sections, frequencies);
}
