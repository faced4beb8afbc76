/** Any other path under /api/: a JSON 404, never the site's HTML page. */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/search/json-response.ts';

export const ALL: APIRoute = ({ url }) => jsonResponse({ error: `Không có API "${url.pathname}".`, path: url.pathname }, 404);
