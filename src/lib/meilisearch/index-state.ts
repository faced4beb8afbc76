/**
 * What is serving: a small `<prefix>meta` index holding the hash of the corpus and settings last
 * swapped in, so an unchanged corpus is not reindexed. Kept in Meilisearch itself, so it travels
 * with the indexes (an external server, a deleted DATA_DIR).
 */
import type { Meilisearch } from 'meilisearch';
import { MeilisearchApiError } from 'meilisearch';
import { requestError, runTask } from './client.ts';
import { indexKinds, indexUid } from './settings.ts';

/** The state document of the serving indexes. */
export interface IndexState {
  id: 'serving';
  hash: string;
  plans: number;
  sections: number;
  /** ISO time of the swap. */
  indexedAt: string;
}

/** Uid of the state index. */
export function metaIndexUid(prefix: string): string {
  return `${prefix}meta`;
}

/** The recorded state, or null when there is none (first run, other prefix). */
export async function readIndexState(client: Meilisearch, prefix: string): Promise<IndexState | null> {
  try {
    return await client.index<IndexState>(metaIndexUid(prefix)).getDocument('serving');
  } catch (error) {
    if (error instanceof MeilisearchApiError && (error.cause?.code === 'index_not_found' || error.cause?.code === 'document_not_found')) return null;
    throw requestError('reading the index state', error);
  }
}

/**
 * The recorded state when its hash is `hash` and the serving indexes hold the recorded number of
 * documents; null otherwise. With shards, `client` is the first shard's (state and plans) and the
 * sections are counted on every client of `shards`.
 */
export async function servingState(client: Meilisearch, prefix: string, hash: string, shards: readonly Meilisearch[] = [client]): Promise<IndexState | null> {
  const state = await readIndexState(client, prefix);
  if (state === null || state.hash !== hash) return null;
  const expected: Record<string, number> = { sections: state.sections, plans: state.plans };
  for (const kind of indexKinds) {
    let held = 0;
    for (const shard of kind === 'sections' ? shards : [client]) {
      try {
        held += (await shard.index(indexUid(prefix, kind)).getStats()).numberOfDocuments;
      } catch (error) {
        if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return null;
        throw requestError('reading index stats', error);
      }
    }
    if (held !== expected[kind]) return null;
  }
  return state;
}

/** Records the state of the indexes just swapped in. */
export async function writeIndexState(client: Meilisearch, prefix: string, state: Omit<IndexState, 'id' | 'indexedAt'>): Promise<void> {
  const document: IndexState = { id: 'serving', ...state, indexedAt: new Date().toISOString() };
  await runTask(client, 'recording the index state', () => client.index(metaIndexUid(prefix)).addDocuments([document], { primaryKey: 'id' }));
}
