/**
 * Load run: many keep-alive connections against the search page and /api/search of a running site
 * on 127.0.0.1, for a bounded time, with a rotating query set; prints requests/s, latency
 * percentiles and errors, and exits non-zero when there was any error.
 *
 *   node scripts/load.ts --url http://127.0.0.1:4321 [--connections 64] [--duration 60]
 */
import { parseArgs } from 'node:util';
import { formatLoadReport } from '../src/lib/bench/load-report.ts';
import { runLoad } from '../src/lib/bench/load-run.ts';
import { benchQueries, queryString } from '../src/lib/bench/query-set.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    connections: { type: 'string', default: '64' },
    duration: { type: 'string', default: '60' },
  },
});

// 1. Check the target: a site on the loopback interface only.
if (values.url === undefined) {
  console.error('load: give the running site with --url http://127.0.0.1:<port> (start it with `npm start`)');
  process.exit(2);
}
const origin = new URL(values.url);
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

// 2. The rotating paths: every query of the set on the page and on the API.
const paths = benchQueries.flatMap((query) => [`/?${queryString(query)}`, `/api/search?${queryString(query)}`]);

// 3. Run and report.
console.log(`load: ${connections} connections, ${seconds} s, ${paths.length} rotating paths on ${origin.origin} …`);
const result = await runLoad({ origin, paths, connections, durationMs: seconds * 1000 });
console.log(formatLoadReport(result, connections, `${origin.origin} (/ and /api/search)`));
process.exit(result.errors === 0 ? 0 : 1);
