/**
 * GET /api/health, for monitoring (see src/lib/pages/health-report.ts): 200 when Meilisearch
 * answers and the serving corpus is known; 503 with Retry-After otherwise.
 */
import type { APIRoute } from 'astro';
import { config } from '../../lib/config.ts';
import { healthReport } from '../../lib/pages/health-report.ts';
import { searchClient } from '../../lib/search/search-service.ts';
import { statusText } from '../../lib/search/labels.ts';
import { retryAfterSeconds } from '../../lib/site/security-headers.ts';

export const GET: APIRoute = async () => {
  const report = await healthReport(searchClient(), config.MEILI_INDEX_PREFIX);
  const status = report.status === 'ok' ? 200 : 503;
  return new Response(`${JSON.stringify(report)}\n`, {
    status,
    statusText: statusText(status),
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...(status === 503 ? { 'retry-after': retryAfterSeconds } : {}) },
  });
};
