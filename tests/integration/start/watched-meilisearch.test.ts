import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnvironment } from '../../../src/lib/config.ts';
import { freePort } from '../../../src/lib/meilisearch/free-port.ts';

// `npm start` as a user runs it (scripts/start.ts, its embedded Meilisearch, its build in dist/),
// with a database of its own, on free ports; its Meilisearch is then killed and stalled.
let start: ChildProcess;
let output = '';
let siteUrl: string;
let dataDir: string;

/** The pid of the embedded Meilisearch: the child of scripts/start.ts named meilisearch. */
function meiliPid(): number {
  const pid = start.pid ?? 0;
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  const meili = children.find((child) => {
    try {
      return readFileSync(`/proc/${child}/comm`, 'utf8').trim() === 'meilisearch';
    } catch {
      return false;
    }
  });
  if (meili === undefined) throw new Error(`no meilisearch child of ${pid}; output:\n${output}`);
  return meili;
}

/** One request, with its status, Retry-After and duration. */
async function timed(path: string): Promise<{ status: number; retryAfter: string | null; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${siteUrl}${path}`);
  await response.arrayBuffer();
  return { status: response.status, retryAfter: response.headers.get('retry-after'), ms: performance.now() - started };
}

async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms; output:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - started;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'watched-meili-'));
  const [port, meiliPort] = [await freePort(), await freePort()];
  siteUrl = `http://127.0.0.1:${port}`;
  const env = childEnvironment({
    MEILI_HOST: undefined,
    MEILI_MASTER_KEY: undefined,
    MEILI_SEARCH_KEY: undefined,
    MEILI_INDEX_PREFIX: undefined,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    MEILI_PORT: String(meiliPort),
  });
  start = spawn(process.execPath, ['scripts/start.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  start.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  start.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(() => output.includes(`Site: ${siteUrl}/`), 230_000);
}, 240_000);

afterAll(async () => {
  if (start.exitCode === null) {
    const exited = new Promise((resolve) => start.once('exit', resolve));
    start.kill('SIGTERM');
    await exited;
  }
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm start watches its Meilisearch', () => {
  it('reports the serving corpus on /api/health', async () => {
    const response = await fetch(`${siteUrl}/api/health`);
    const report = (await response.json()) as { status: string; meilisearch: { status: string }; corpus: { version: string; plans: number; sections: number } };
    expect(response.status).toBe(200);
    expect([report.status, report.meilisearch.status]).toEqual(['ok', 'available']);
    expect(report.corpus.version).toMatch(/^[0-9a-f]{64}$/);
    const search = (await (await fetch(`${siteUrl}/api/search?q=`)).json()) as { total: number };
    expect(report.corpus.sections).toBe(search.total);
    expect(report.corpus.plans).toBeGreaterThan(0);
  });

  it('restarts Meilisearch after kill -9, and the site answers 200 again within a few seconds', async () => {
    const killed = meiliPid();
    expect((await timed('/api/search?q=th%C3%B4ng%20tin')).status).toBe(200);
    process.kill(killed, 'SIGKILL');
    const during = await timed('/api/search?q=th%C3%B4ng%20tin');
    const back = await waitFor(async () => (await timed('/api/search?q=th%C3%B4ng%20tin')).status === 200, 15_000);
    expect(during.status).toBe(503);
    expect(back).toBeLessThan(8000);
    expect(meiliPid()).not.toBe(killed);
    expect(output).toMatch(new RegExp(`Meilisearch \\(pid ${killed}\\) was killed by SIGKILL after \\d+\\.\\d s\\.\\nRestarting Meilisearch in 0\\.5 s\\.\\nMeilisearch restarted on http://127\\.0\\.0\\.1:\\d+ \\(pid \\d+, restart 1\\)\\.`));
  }, 30_000);

  it('answers 503 with Retry-After in under a second each while Meilisearch is stalled, and recovers', async () => {
    const stalled = meiliPid();
    process.kill(stalled, 'SIGSTOP');
    try {
      const answers = [];
      for (const path of ['/api/search?q=a', '/api/search?q=b', '/?q=c', '/ke-hoach', '/api/search?q=d', '/api/health']) answers.push({ path, ...(await timed(path)) });
      for (const answer of answers) {
        expect([answer.path, answer.status, answer.retryAfter !== null]).toEqual([answer.path, 503, true]);
        expect(answer.ms).toBeLessThan(1000);
      }
    } finally {
      process.kill(stalled, 'SIGCONT');
    }
    const back = await waitFor(async () => (await timed('/api/search?q=a')).status === 200, 5000);
    expect(back).toBeLessThan(3000);
  }, 30_000);
});
