// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import { pageDirectives } from './src/lib/site/security-headers.ts';

// The site renders every page on the server: search state lives in the URL and the
// Meilisearch master key never leaves the server.
export default defineConfig({
  output: 'server',
  // Middleware mode: scripts/serve.ts serves the static files itself (src/lib/site/static-files.ts).
  adapter: node({ mode: 'middleware' }),
  server: { host: '127.0.0.1' },
  // Astro's CSP: a Content-Security-Policy header on every page, with the hashes of the scripts
  // and styles Astro bundles, so no other script or style (an injected one) runs.
  security: { csp: { algorithm: 'SHA-256', directives: [...pageDirectives] } },
  // No images: the image endpoint answers 404 instead of fetching and transforming URLs.
  image: { endpoint: { route: '/_image', entrypoint: './src/lib/site/no-image-endpoint.ts' } },
});
