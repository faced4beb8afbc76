/**
 * The `<prefix>terms` index: the term table of the serving corpus (src/lib/terms/), one record per
 * chunk. Built beside the fresh sections and swapped in with them in the same swap call, so the
 * table and the sections it counts always go live together; kept on the Meilisearch that holds the
 * meta record (one table per corpus, whatever holds the sections). It is never searched for words:
 * the site reads it whole, once per corpus version, with the search key.
 */
import type { Meilisearch, Settings } from 'meilisearch';
import { termTableFromChunks, type TermChunk, type TermTable } from '../terms/term-table.ts';
import { attempt, runTask, waitForSuccess } from './client.ts';
import { ReindexError } from './errors.ts';

/** Uid of the serving term table. */
export function termsIndexUid(prefix: string): string {
  return `${prefix}terms`;
}

/** Settings of the terms index: nothing searched, nothing filtered; records are read whole. */
export const termsSettings: Settings = { searchableAttributes: ['id'], filterableAttributes: [], displayedAttributes: ['*'] };

/** Most records a table may have: a placeholder search returns at most 1,000 hits. */
const maxChunks = 1000;

/** Creates the index `uid`, applies its settings and stores the chunks; throws ReindexError when Meilisearch does not hold them all. */
export async function writeTermsIndex(client: Meilisearch, uid: string, chunks: readonly TermChunk[]): Promise<void> {
  if (chunks.length > maxChunks) throw new ReindexError(`The term table has ${chunks.length} records, more than the ${maxChunks} the site can read`);
  await runTask(client, `creating index ${uid}`, () => client.createIndex(uid, { primaryKey: 'id' }));
  await runTask(client, `applying the settings of ${uid}`, () => client.index(uid).updateSettings(termsSettings));
  const task = await attempt(`sending the term table to ${uid}`, () => client.index(uid).addDocuments([...chunks], { primaryKey: 'id' }));
  await waitForSuccess(client, `indexing the term table into ${uid}`, task);
  const stats = await attempt(`reading the stats of ${uid}`, () => client.index(uid).getStats());
  if (stats.numberOfDocuments !== chunks.length) throw new ReindexError(`${uid} holds ${stats.numberOfDocuments} term records instead of ${chunks.length}`);
}

/** The version (corpus hash) of the serving term table; errors propagate (index_not_found when there is none). */
export async function readTermsVersion(client: Meilisearch, uid: string): Promise<string | null> {
  const response = await client.index<Pick<TermChunk, 'version'>>(uid).search('', { limit: 1, attributesToRetrieve: ['version'] });
  return response.hits[0]?.version ?? null;
}

/** The serving term table, read whole; errors propagate. */
export async function readTermsIndex(client: Meilisearch, uid: string): Promise<TermTable> {
  const response = await client.index<TermChunk>(uid).search('', { limit: maxChunks });
  return termTableFromChunks(response.hits);
}
