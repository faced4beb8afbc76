/**
 * Category id → Vietnamese label, from `content/categories.yaml`: read once, and again when the
 * serving corpus changes (its version covers the taxonomy, and a section's categories only change
 * by a reindex), never per request.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { config } from '../config.ts';
import { parseTaxonomy } from '../categories/taxonomy.ts';
import { servingCorpusVersion } from './corpus-version.ts';

const file = join(config.CONTENT_DIR, 'categories.yaml');
let cache: { version: string | null; labels: Promise<ReadonlyMap<string, string>> } | undefined;

/** The labels in the taxonomy file; an empty map when it is missing. */
async function readLabels(): Promise<ReadonlyMap<string, string>> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  return text === null ? new Map() : new Map(parseTaxonomy(text, 'content/categories.yaml').categories.map((c) => [c.id, c.label]));
}

/** Labels of the task categories; an empty map when the taxonomy file is missing. */
export async function categoryLabels(): Promise<ReadonlyMap<string, string>> {
  const version = await servingCorpusVersion();
  if (cache === undefined || (version !== null && version !== cache.version)) {
    const labels = readLabels();
    cache = { version, labels };
    // A failed read is tried again by the next request.
    labels.catch(() => { if (cache?.labels === labels) cache = undefined; });
  }
  return cache.labels;
}
