/**
 * GET /api/health, for monitoring: whether Meilisearch answers, and the corpus it serves (the
 * version, a hash of plans, categories, code and settings, with the time of its swap and its
 * counts). 200 when both are known; 503 with Retry-After otherwise. Names no host and no key.
 */
import type { APIRoute } from 'astro';
import { config } from '../../lib/config.ts';
import { metaIndexUid, type IndexState } from '../../lib/meilisearch/index-state.ts';
import { searchClient } from '../../lib/search/search-service.ts';
import { statusText } from '../../lib/search/labels.ts';
import { retryAfterSeconds } from '../../lib/site/security-headers.ts';

/** The answer of /api/health. */
export interface HealthReport {
  status: 'ok' | 'unavailable';
  meilisearch: { status: 'available' | 'unavailable'; ms: number };
  /** The serving corpus, or null when Meilisearch is down or nothing was indexed yet. */
  corpus: { version: string; indexedAt: string; plans: number; sections: number } | null;
}

export const GET: APIRoute = async () => {
  const client = searchClient();
  const started = performance.now();
  const available = await client.health().then(() => true, () => false);
  const ms = Math.round((performance.now() - started) * 10) / 10;
  let corpus: HealthReport['corpus'] = null;
  if (available) {
    const found = await client
      .index<IndexState>(metaIndexUid(config.MEILI_INDEX_PREFIX))
      .search('', { limit: 10 })
      .then((result) => result.hits.find((hit) => hit.id === 'serving') ?? null, () => null);
    if (found !== null) corpus = { version: found.hash, indexedAt: found.indexedAt, plans: found.plans, sections: found.sections };
  }
  const report: HealthReport = { status: available && corpus !== null ? 'ok' : 'unavailable', meilisearch: { status: available ? 'available' : 'unavailable', ms }, corpus };
  const status = report.status === 'ok' ? 200 : 503;
  return new Response(`${JSON.stringify(report)}\n`, {
    status,
    statusText: statusText(status),
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...(status === 503 ? { 'retry-after': retryAfterSeconds } : {}) },
  });
};
