/**
 * Serves a built site (`npm start` runs it; `node scripts/serve.ts [dist-dir]`, default dist/):
 *   1. Read the configuration (HOST, PORT; the site reads the rest itself); a bad value is one line, exit 2.
 *   2. Load the build's handler and listen, with the security headers and the method check.
 *   3. On SIGTERM or SIGINT, stop listening and exit.
 */
import { join, resolve } from 'node:path';
import { configOrExit } from '../src/lib/config.ts';
import { startSiteServer } from '../src/lib/site/site-server.ts';

const config = configOrExit();
const dist = resolve(process.argv[2] ?? 'dist');
const server = await startSiteServer({ entry: join(dist, 'server/entry.mjs'), host: config.HOST, port: config.PORT }).catch((error: unknown) => {
  process.stderr.write(`Cannot serve the site from ${dist}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
console.log(`Site listening on ${config.SITE_ORIGIN} (${config.HOST}:${config.PORT})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
