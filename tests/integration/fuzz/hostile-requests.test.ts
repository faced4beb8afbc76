import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createAgent, send, type TimedResponse } from '../../../src/lib/bench/http-client.ts';
import { generateHostileRequests, markupOutsideAttributes, type HostileRequest } from './hostile-inputs.ts';

const seed = 57;
const count = 800;
const concurrency = 8;

interface Checked {
  path: string;
  request: HostileRequest;
  response: TimedResponse;
}

/** Send every request to the API and to the page, a few at a time. A fixed count, not a time budget: speed is the bench's to measure, not a test's. */
async function sendAll(origin: URL, requests: readonly HostileRequest[]): Promise<Checked[]> {
  const agent = createAgent(concurrency);
  const jobs = requests.flatMap((request, i) => [{ request, path: `${i % 2 === 0 ? '/api/search' : '/'}?${request.query}` }, { request, path: `${i % 2 === 0 ? '/' : '/api/search'}?${request.query}` }]);
  const checked: Checked[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++] as (typeof jobs)[number];
        checked.push({ ...job, response: await send(agent, origin, job.path, { timeoutMs: 10_000 }) });
      }
    }),
  );
  agent.destroy();
  return checked;
}

/** Tags in a snippet other than <mark> and </mark>. */
function foreignTags(snippet: string): string[] {
  return [...snippet.matchAll(/<\/?[a-z!][^>]*>?/gi)].map((m) => m[0]).filter((tag) => tag !== '<mark>' && tag !== '</mark>');
}

describe('the site under random and hostile requests', () => {
  let results: Checked[] = [];
  beforeAll(async () => {
    results = await sendAll(new URL(inject('siteUrl')), generateHostileRequests(seed, count));
  }, 300_000);
  // Node's HTTP layer itself answers a bare 400 "Bad request." to bytes that are not valid UTF-8
  // percent-encoding, and a bare 431 to a URL over its 16 KiB header limit: the site never sees those.
  const bareBadRequest = (c: Checked) => (c.response.status === 400 || c.response.status === 431) && c.response.contentType === '';
  const describeFailure = (c: Checked) => `${c.response.status} ${c.path.slice(0, 300)}: ${c.response.error ?? c.response.body.slice(0, 300)}`;

  it('answers every one of the requests, both on the API and on the page', () => {
    expect(results.length).toBe(2 * count);
    expect(results.filter((c) => !bareBadRequest(c)).length).toBeGreaterThan(count);
    expect(results.filter((c) => c.request.tells.length > 0).length).toBeGreaterThan(200);
  });

  it('never answers with a 5xx, and always answers', () => {
    const failures = results.filter((c) => c.response.status === 0 || c.response.status >= 500).map(describeFailure);
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('answers the API with JSON whose snippets hold no markup but <mark>', () => {
    const api = results.filter((c) => c.path.startsWith('/api/search') && c.response.status < 500 && !bareBadRequest(c));
    const problems: string[] = [];
    for (const c of api) {
      if (!c.response.contentType.startsWith('application/json')) problems.push(`not JSON: ${describeFailure(c)}`);
      const body = JSON.parse(c.response.body) as { hits?: Array<{ snippet: string }>; error?: string };
      if (c.response.status === 200) {
        for (const hit of body.hits ?? []) for (const tag of foreignTags(hit.snippet)) problems.push(`tag ${tag} in a snippet for ${c.path}`);
      } else if (typeof body.error !== 'string') {
        problems.push(`no error message: ${describeFailure(c)}`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('reflects no markup of the request unescaped in the page', () => {
    const pages = results.filter((c) => !c.path.startsWith('/api/search') && c.request.tells.length > 0);
    const reflected = pages.flatMap((c) => {
      const active = markupOutsideAttributes(c.response.body);
      return c.request.tells.filter((tell) => active.includes(tell)).map((tell) => `${tell} in ${c.path.slice(0, 200)}`);
    });
    expect(reflected.slice(0, 10)).toEqual([]);
  });

  it('gives the page as HTML with a Vietnamese message, not a stack trace, for a bad parameter', () => {
    const pages = results.filter((c) => !c.path.startsWith('/api/search') && !bareBadRequest(c));
    const bad = pages.filter((c) => !c.response.contentType.startsWith('text/html') || /\bat [\w.]+ \(|node_modules|Error:/.test(c.response.body));
    expect(bad.slice(0, 5).map(describeFailure)).toEqual([]);
    expect(pages.some((c) => c.response.status === 400)).toBe(true);
    expect(pages.some((c) => c.response.status === 200)).toBe(true);
  });
});
