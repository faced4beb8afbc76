/**
 * Category id → Vietnamese label, from `content/categories.yaml`; re-read when the file changes.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { config } from '../config.ts';
import { parseTaxonomy } from '../categories/taxonomy.ts';

const file = join(config.CONTENT_DIR, 'categories.yaml');
let cache: { mtimeMs: number; labels: ReadonlyMap<string, string> } | undefined;

/** Labels of the task categories; an empty map when the taxonomy file is missing. */
export async function categoryLabels(): Promise<ReadonlyMap<string, string>> {
  const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: -1 }));
  if (cache?.mtimeMs === mtimeMs) return cache.labels;
  const labels = mtimeMs < 0 ? new Map<string, string>()
    : new Map(parseTaxonomy(await readFile(file, 'utf8'), 'content/categories.yaml').categories.map((c) => [c.id, c.label]));
  cache = { mtimeMs, labels };
  return labels;
}
