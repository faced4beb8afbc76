/**
 * The headers every answer of the site carries, whoever serves it (the Astro middleware for pages
 * and endpoints, the site server for static files). HTML pages get Astro's own CSP (hashes of the
 * scripts and styles it bundles, `astro.config.mjs`); anything else gets a policy that allows
 * nothing, so a JSON or XML answer opened as a document cannot run or load anything.
 */

/** The directives every page's CSP adds to Astro's script-src and style-src. */
export const pageDirectives = [
  "default-src 'self'",
  // The favicon is an empty data: URL (no request); nothing else is an image.
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
] as const;

/** The CSP of an answer that is not an HTML page. */
export const nonPagePolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Headers set on every answer unless it has its own. */
export const baseHeaders: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  // A search is in the URL: a link followed out of the site must not carry it.
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/** How long a client should wait before retrying a 503, seconds. */
export const retryAfterSeconds = '5';

/** Adds the security headers to `headers` (an answer's), keeping those it already has; fixes an HTML type without charset. */
export function applySecurityHeaders(headers: Headers, status: number): void {
  for (const [name, value] of Object.entries(baseHeaders)) if (!headers.has(name)) headers.set(name, value);
  const type = headers.get('content-type') ?? '';
  if (/^text\/html\b/i.test(type) && !/charset=/i.test(type)) headers.set('content-type', `${type.replace(/;\s*$/, '')}; charset=utf-8`);
  if (!headers.has('content-security-policy')) headers.set('content-security-policy', /^text\/html\b/i.test(type) ? pageFallbackPolicy : nonPagePolicy);
  if (status === 503 && !headers.has('retry-after')) headers.set('retry-after', retryAfterSeconds);
}

/** For an HTML answer Astro did not give a policy (none expected): no script, no inline style. */
const pageFallbackPolicy = `${pageDirectives.join('; ')}; script-src 'none'; style-src 'self'`;

/** Methods the site answers; any other gets 405. */
export const allowedMethods: ReadonlySet<string> = new Set(['GET', 'HEAD']);
