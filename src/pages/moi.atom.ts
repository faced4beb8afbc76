/** GET /moi.atom: the Atom feed of the plans in the index, newest first by date of issue. Its links come from SITE_ORIGIN, never from the request's Host header. */
import type { APIRoute } from 'astro';
import { config } from '../lib/config.ts';
import { plansToAtom } from '../lib/export/atom-feed.ts';
import { fetchPlans } from '../lib/search/plan-catalog.ts';
import { indexUid, searchClient } from '../lib/search/search-service.ts';
import { engineErrorResponse } from '../lib/search/engine-error.ts';

export const GET: APIRoute = async () => {
  try {
    const plans = await fetchPlans(searchClient(), indexUid('plans'));
    const body = plansToAtom(plans, { origin: config.SITE_ORIGIN, self: '/moi.atom', page: '/ke-hoach', title: 'Kế hoạch 57-KL/TW: kế hoạch mới' });
    return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'no-store' } });
  } catch (error) {
    return engineErrorResponse(error, 'text');
  }
};
