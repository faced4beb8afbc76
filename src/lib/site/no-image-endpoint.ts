/**
 * The site has no images, so Astro's image endpoint (`/_image`, which fetches and transforms any
 * allowed URL) is replaced by this one: 404, as any path that does not exist.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = () => new Response(null, { status: 404 });
