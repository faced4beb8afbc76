import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthAnswers, MeiliBreaker, MeiliUnavailableError } from '../../../src/lib/search/meili-breaker.ts';

// A real local server whose /health answers at once or never (a stalled Meilisearch).
let server: Server;
let origin: string;
let stalled = false;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (stalled) return; // never answers
    response.writeHead(request.url === '/health' ? 200 : 404).end('{"status":"available"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const timing = { probeAfterMs: 50, probeTimeoutMs: 100, openMs: 200 };

describe('the Meilisearch breaker', () => {
  it('sees /health answer, and not answer once the server stalls', async () => {
    stalled = false;
    expect(await healthAnswers(origin, 100)).toBe(true);
    stalled = true;
    const started = Date.now();
    expect(await healthAnswers(origin, 100)).toBe(false);
    expect(Date.now() - started).toBeLessThan(400);
  });

  it('gives up a request unanswered while /health fails, then fails the next at once', async () => {
    stalled = true;
    const breaker = new MeiliBreaker(origin, timing);
    const gaveUp = await new Promise<MeiliUnavailableError>((resolve) => breaker.watch(resolve));
    expect(gaveUp.message).toBe(`Meilisearch at ${origin} is unavailable (no answer from ${origin}/health within 100 ms); not waiting for it`);
    expect(breaker.isOpen).toBe(true);
    await expect(breaker.admit()).rejects.toThrow(MeiliUnavailableError);
  });

  it('does not open while other requests are answered, though /health is slow: Meilisearch is busy, not stalled', async () => {
    const breaker = new MeiliBreaker(origin, timing, async () => {
      breaker.succeeded(); // a search is answered while /health is not
      return false;
    });
    let gaveUp = false;
    const stop = breaker.watch(() => (gaveUp = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    stop();
    expect([gaveUp, breaker.isOpen]).toEqual([false, false]);
  });

  it('lets a slow request run on while /health answers', async () => {
    stalled = false;
    const breaker = new MeiliBreaker(origin, timing);
    let gaveUp = false;
    const stop = breaker.watch(() => (gaveUp = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    stop();
    expect([gaveUp, breaker.isOpen]).toEqual([false, false]);
  });

  it('closes again once /health answers after the open period', async () => {
    const breaker = new MeiliBreaker(origin, timing);
    breaker.failed('connect ECONNREFUSED');
    await expect(breaker.admit()).rejects.toThrow(`Meilisearch at ${origin} is unavailable (connect ECONNREFUSED); not waiting for it`);
    stalled = false;
    await new Promise((resolve) => setTimeout(resolve, 250));
    await breaker.admit();
    expect(breaker.isOpen).toBe(false);
  });
});
