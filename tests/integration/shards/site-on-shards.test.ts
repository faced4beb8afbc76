import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { benchQueries, queryString } from '../../../src/lib/bench/query-set.ts';
import { childEnvironment } from '../../../src/lib/config.ts';
import { freePort } from '../../../src/lib/meilisearch/free-port.ts';
import { searchOnlyKey } from '../../../src/lib/meilisearch/keys.ts';
import { loadCorpus } from '../../../src/lib/documents/load-corpus.ts';
import { reindex } from '../../../src/lib/meilisearch/reindex.ts';
import { startTwoShards } from './two-shards.ts';

// The site the integration set-up built, served a second time with MEILI_SHARDS: the committed
// plans over two shards must read as the test site reads them from one Meilisearch.
const buildDir = 'node_modules/.cache/ke-hoach-tests/dist';
const prefix = inject('siteIndexPrefix');
const single = inject('siteUrl');
let shards: Awaited<ReturnType<typeof startTwoShards>>;
let site: ChildProcess;
let sharded: string;

beforeAll(async () => {
  shards = await startTwoShards();
  const first = shards.shards[0]!;
  await reindex(await loadCorpus(join(process.cwd(), 'content')), { client: first.client, prefix, shards: shards.shards });
  const port = await freePort();
  const env = childEnvironment({
    MEILI_SHARDS: shards.shards.map((shard) => `${shard.name}=${shard.url}`).join(','),
    MEILI_HOST: undefined,
    MEILI_SEARCH_KEY: await searchOnlyKey(first.client, prefix),
    MEILI_MASTER_KEY: undefined,
    MEILI_INDEX_PREFIX: prefix,
    HOST: '127.0.0.1',
    PORT: String(port),
  });
  site = spawn(process.execPath, ['scripts/serve.ts', buildDir], { cwd: process.cwd(), env, stdio: 'ignore' });
  sharded = `http://127.0.0.1:${port}`;
  for (let waited = 0; waited < 20_000; waited += 100) {
    if (await fetch(`${sharded}/opensearch.xml`).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the site on shards did not answer on ${sharded}`);
}, 240_000);

afterAll(async () => {
  if (site?.exitCode === null) {
    const exited = new Promise((resolve) => site.once('exit', resolve));
    site.kill('SIGTERM');
    await exited;
  }
  await shards?.stop();
});

/** The JSON of /api/search but for the time Meilisearch took. */
async function apiSearch(origin: string, query: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${origin}/api/search?${query}`);
  const { took: _, ...body } = (await response.json()) as Record<string, unknown>;
  return { status: response.status, body };
}

describe('the site on two shards', () => {
  it('answers /api/search for every bench query as the site on one Meilisearch does', async () => {
    for (const query of benchQueries) {
      const [one, two] = await Promise.all([apiSearch(single, queryString(query)), apiSearch(sharded, queryString(query))]);
      expect(one.status, queryString(query)).toBe(200);
      expect(two, queryString(query)).toEqual(one);
    }
  });

  it('renders plan pages, search pages and the plans list as the site on one Meilisearch does', async () => {
    const q = 'q=th%C3%B4ng+tin+%C4%91%E1%BB%91i+ngo%E1%BA%A1i';
    for (const path of [`/ke-hoach/son-ha-162-kh-hu-2024?${q}`, `/ke-hoach/quang-ngai-254-kh-tu-2024?${q}`, `/?${q}&level=district`, `/?${q}&page=2`, '/ke-hoach']) {
      const [one, two] = await Promise.all([single, sharded].map(async (origin) => {
        const response = await fetch(`${origin}${path}`);
        return { status: response.status, html: await response.text() };
      }));
      expect(one?.status, path).toBe(200);
      // Every page but the plans list marks the query.
      if (path !== '/ke-hoach') expect(one?.html, path).toContain('<mark>');
      expect(two, path).toEqual(one);
    }
  });

  it('answers 503, not the first shard\'s hits alone, when shard b is cut off', async () => {
    shards.relay.cut();
    try {
      const response = await fetch(`${sharded}/api/search?q=tuy%C3%AAn+truy%E1%BB%81n`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ error: 'Máy chủ tìm kiếm hiện không phản hồi. Vui lòng thử lại sau ít phút.' });
    } finally {
      await shards.relay.mend();
    }
    expect((await fetch(`${sharded}/api/search?q=tuy%C3%AAn+truy%E1%BB%81n`)).status).toBe(200);
  });
});
