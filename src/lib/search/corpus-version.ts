/**
 * The version of the corpus the site serves, as the meta record names it (the hash /api/health
 * reports: plans, categories, code and settings), read with the site's search key at most once a
 * second and shared by whatever the site keeps until the next reindex (facet counts, category labels).
 */
import { config } from '../config.ts';
import { metaIndexUid, type IndexState } from '../meilisearch/index-state.ts';
import { throttledVersion } from './facet-cache.ts';
import { searchClient } from './search-service.ts';

/** How often the version is read again, ms. */
const intervalMs = 1000;

async function readVersion(): Promise<string | null> {
  const result = await searchClient().index<IndexState>(metaIndexUid(config.MEILI_INDEX_PREFIX)).search('', { limit: 10 });
  return result.hits.find((hit) => hit.id === 'serving')?.hash ?? null;
}

/** The serving corpus version; null when Meilisearch does not answer or nothing was indexed yet. */
export const servingCorpusVersion: () => Promise<string | null> = throttledVersion(readVersion, intervalMs);
