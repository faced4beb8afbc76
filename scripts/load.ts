/**
 * Load run: many keep-alive connections against the search page and /api/search of a running site
 * on 127.0.0.1, for a bounded time, with a rotating query set; prints requests/s, latency
 * percentiles and errors, and exits non-zero when there was any error. Without --url it serves the
 * built site over the plans of CONTENT_DIR itself, on a throw-away Meilisearch.
 *
 * With --cpu-prof <dir>, the site it serves writes a V8 CPU profile there when it stops.
 *
 *   node scripts/load.ts [--url http://127.0.0.1:4321] [--connections 64] [--duration 60] [--reuse-build] [--cpu-prof dir]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite, type BenchSite } from '../src/lib/bench/bench-stack.ts';
import { formatLoadReport } from '../src/lib/bench/load-report.ts';
import { runLoad } from '../src/lib/bench/load-run.ts';
import { benchQueries, queryString } from '../src/lib/bench/query-set.ts';
import { startSeededSite } from '../src/lib/bench/seeded-site.ts';
import { configOrExit } from '../src/lib/config.ts';

const config = configOrExit();
const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    connections: { type: 'string', default: '64' },
    duration: { type: 'string', default: '60' },
    'reuse-build': { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
  },
});

// 1. Check the arguments.
const connections = Number(values.connections);
const seconds = Number(values.duration);
if (!Number.isInteger(connections) || connections < 1 || connections > 1024) {
  console.error(`load: --connections ${values.connections} must be a whole number from 1 to 1024`);
  process.exit(2);
}
if (!(seconds > 0 && seconds <= 600)) {
  console.error(`load: --duration ${values.duration} must be a number of seconds from 1 to 600`);
  process.exit(2);
}

// 2. The target: the given site (loopback only, checked by runLoad), or one of our own.
let own: BenchSite | null = null;
if (values.url === undefined) {
  const root = resolve(import.meta.dirname, '..');
  const profile: Record<string, string> = values['cpu-prof'] === undefined ? {} : { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${resolve(values['cpu-prof'])}` };
  own = await startSeededSite(root, await buildSite(root, values['reuse-build']), config.CONTENT_DIR, profile);
}
const origin = new URL(values.url ?? own?.url ?? '');

// 3. The rotating paths: every query of the set on the page and on the API.
const paths = benchQueries.flatMap((query) => [`/?${queryString(query)}`, `/api/search?${queryString(query)}`]);

// 4. Run and report.
console.log(`load: ${connections} connections, ${seconds} s, ${paths.length} rotating paths on ${origin.origin} …`);
const result = await runLoad({ origin, paths, connections, durationMs: seconds * 1000 }).finally(() => own?.stop());
console.log(formatLoadReport(result, connections, `${origin.origin} (/ and /api/search)`));
process.exit(result.errors === 0 ? 0 : 1);
