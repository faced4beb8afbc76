// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

// The site renders every page on the server: search state lives in the URL and the
// Meilisearch master key never leaves the server.
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  server: { host: '127.0.0.1' },
});
