/**
 * The answer of GET /api/health, for monitoring: whether Meilisearch answers, and the corpus it
 * serves (the version, a hash of plans, categories, code and settings, with the time of its swap
 * and its counts). Names no host and no key.
 */
import type { Meilisearch } from 'meilisearch';
import { metaIndexUid, type IndexState } from '../meilisearch/index-state.ts';

/** The answer of /api/health. */
export interface HealthReport {
  status: 'ok' | 'unavailable';
  meilisearch: { status: 'available' | 'unavailable'; ms: number };
  /** The serving corpus, or null when Meilisearch is down or nothing was indexed yet. */
  corpus: { version: string; indexedAt: string; plans: number; sections: number } | null;
}

/** Asks Meilisearch for its health and the serving corpus under `indexPrefix`; never throws. */
export async function healthReport(client: Meilisearch, indexPrefix: string): Promise<HealthReport> {
  const started = performance.now();
  const available = await client.health().then(() => true, () => false);
  const ms = Math.round((performance.now() - started) * 10) / 10;
  let corpus: HealthReport['corpus'] = null;
  if (available) {
    const found = await client
      .index<IndexState>(metaIndexUid(indexPrefix))
      .search('', { limit: 10 })
      .then((result) => result.hits.find((hit) => hit.id === 'serving') ?? null, () => null);
    if (found !== null) corpus = { version: found.hash, indexedAt: found.indexedAt, plans: found.plans, sections: found.sections };
  }
  return { status: available && corpus !== null ? 'ok' : 'unavailable', meilisearch: { status: available ? 'available' : 'unavailable', ms }, corpus };
}
