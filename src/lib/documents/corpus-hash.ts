/**
 * The hash of everything documents depend on: the corpus files and the code that turns them into
 * documents. An unchanged hash lets the indexer skip a reindex.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusFiles } from './corpus-files.ts';

/** SHA-256 (hex) of strings, each length-prefixed so that boundaries count. */
export function hashParts(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${Buffer.byteLength(part)}:${part}\n`);
  return hash.digest('hex');
}

// The code that shapes documents: a change to any of it changes the documents, so it is hashed too.
const codeDirs = ['plan', 'sections', 'categories', 'documents', 'vietnamese', 'provinces', 'meilisearch'];
const libDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * Hash of the code that shapes documents: the sources of src/lib/{plan,sections,…} and of their
 * subfolders (src/lib/meilisearch/shards/ places documents too). `lib`: the folder holding them.
 */
export async function codeVersion(lib = libDir): Promise<string> {
  const parts: string[] = [];
  for (const dir of codeDirs) {
    const names = (await readdir(join(lib, dir), { recursive: true }).catch(() => [] as string[])).filter((n) => n.endsWith('.ts')).sort();
    for (const name of names) parts.push(`${dir}/${name}`, await readFile(join(lib, dir, name), 'utf8'));
  }
  return hashParts(parts);
}

/**
 * Hash of everything the documents of `files` depend on: the files and the code. Each file is read
 * in turn and dropped (the same value as `hashParts` of them all). A file changed between this pass
 * and the parsing one is indexed as it then reads under the older hash, so the next run sees a
 * different hash and indexes again: never a changed corpus taken for unchanged.
 */
export function corpusHash(files: CorpusFiles, code: string): string {
  const hash = createHash('sha256');
  const add = (part: string) => hash.update(`${Buffer.byteLength(part)}:${part}\n`);
  add(code);
  add(files.categories.text);
  for (const file of [...files.plans, ...files.originals.values()]) {
    add(file.path);
    add(file.read());
  }
  return hash.digest('hex');
}
