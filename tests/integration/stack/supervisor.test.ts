import { request } from 'node:http';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startBenchSite, type BenchSite } from '../../../src/lib/bench/bench-stack.ts';
import { loadCorpus } from '../../../src/lib/documents/load-corpus.ts';
import { reindex } from '../../../src/lib/meilisearch/reindex.ts';
import { supervise, type Stack } from '../../../src/lib/stack/supervisor.ts';

// The supervisor's parts as the benchmark and the load run use them, on the tests' build of the
// site (tests/setup/site.ts) and, for the bench's site, the tests' Meilisearch.
const root = process.cwd();
const dist = inject('siteBuildDir');

/** A raw request with any method. */
function statusOf(url: string, method: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { method }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    sent.on('error', reject);
    sent.end();
  });
}

/** True while something accepts connections at `url`. */
function answers(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(2000) }).then(() => true, () => false);
}

function alive(pid: number): boolean {
  return existsSync(`/proc/${pid}`);
}

describe("the benchmark's site", () => {
  let site: BenchSite;
  beforeAll(async () => {
    site = await startBenchSite(root, dist, inject('meiliHost'), inject('siteSearchKey'), inject('siteIndexPrefix'));
  });
  afterAll(async () => {
    await site?.stop();
  });

  it('is served as npm start serves it: security headers on a page, on the API and on a static file', async () => {
    const page = await fetch(`${site.url}/?q=th%C3%B4ng+tin`);
    const html = await page.text();
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1] ?? '/_astro/none.css';
    const api = await fetch(`${site.url}/api/search?q=tin`);
    const asset = await fetch(`${site.url}${css}`);
    for (const response of [page, api, asset]) {
      expect([response.status, response.headers.get('x-content-type-options'), response.headers.get('referrer-policy'), response.headers.get('x-frame-options')]).toEqual([
        200,
        'nosniff',
        'same-origin',
        'DENY',
      ]);
    }
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'self';.*frame-ancestors 'none'/);
    expect(asset.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  });

  it('answers TRACE with 405 and compresses HTML for a client that accepts Brotli', async () => {
    expect(await statusOf(`${site.url}/`, 'TRACE')).toBe(405);
    const response = await fetch(`${site.url}/?q=tin`, { headers: { 'accept-encoding': 'br' } });
    expect([response.status, response.headers.get('content-encoding')]).toEqual([200, 'br']);
  });
});

describe('the supervisor', () => {
  it('starts a throw-away Meilisearch, indexes, serves the build, and stops the site, then Meilisearch', async () => {
    const supervisor = supervise({
      root,
      meili: { kind: 'throwaway' },
      prefix: 'stack-',
      index: async (meili) => void (await reindex(await loadCorpus('content'), { client: meili.client, prefix: 'stack-', force: true })),
      build: { outDir: dist, when: 'missing' },
      listen: 'free',
      output: 'keep',
    });
    let stack: Stack | undefined;
    try {
      stack = await supervisor.running;
      const search = (await (await fetch(`${stack.site.url}/api/search?q=`)).json()) as { total: number };
      expect(search.total).toBeGreaterThan(0);
      expect(stack.site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await supervisor.stop();
    }
    expect([await answers(`${stack.site.url}/`), await answers(`${stack.meili.url}/health`), alive(stack.site.pid), alive(stack.meili.pid)]).toEqual([false, false, false, false]);
  }, 120_000);

  it('stopped during start-up, leaves nothing running and says it was stopped', async () => {
    let meiliPid = 0;
    let meiliUrl = '';
    let release: () => void = () => {};
    const indexing = new Promise<void>((resolve) => (release = resolve));
    const supervisor = supervise({
      root,
      meili: { kind: 'throwaway' },
      prefix: 'stopped-',
      index: async (meili) => {
        [meiliPid, meiliUrl] = [meili.pid, meili.url];
        release();
        await new Promise((resolve) => setTimeout(resolve, 500));
      },
      build: { outDir: dist, when: 'missing' },
      listen: 'free',
      output: 'keep',
    });
    await indexing;
    await supervisor.stop();
    await expect(supervisor.running).rejects.toThrow('Stopped during start-up');
    expect([alive(meiliPid), await answers(`${meiliUrl}/health`)]).toEqual([false, false]);
  }, 60_000);
});
