import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchClient, SearchUnavailableError, toSearchError } from '../../../src/lib/search/search-service.ts';

// A local HTTP server that records what the site's client sends; the path chooses its answer.
const received: { headers: IncomingHttpHeaders; body: string }[] = [];
const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => { body += chunk.toString(); });
  request.on('end', () => {
    received.push({ headers: request.headers, body });
    if (request.url?.startsWith('/never')) return; // never answers
    if (request.url?.startsWith('/missing')) {
      response.writeHead(404, { 'content-type': 'application/json' });
      return response.end(JSON.stringify({ message: 'Index `sections` not found.', code: 'index_not_found', type: 'invalid_request', link: '' }));
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ results: [{ indexUid: 'sections', hits: [{ id: 'a' }], query: 'x', processingTimeMs: 0, limit: 10, offset: 0, estimatedTotalHits: 1 }] }));
  });
});
let origin = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));

/** The message the reader would see for what a search with `client` threw. */
async function failure(search: () => Promise<unknown>): Promise<string> {
  const mapped = await search().then(() => null, (error: unknown) => toSearchError(error));
  expect(mapped).toBeInstanceOf(SearchUnavailableError);
  return (mapped as SearchUnavailableError).message;
}

describe('the site\'s Meilisearch client', () => {
  it('sends the body with its key, asks for uncompressed answers and returns the parsed answer', async () => {
    const response = await createSearchClient(origin, 'search-key').multiSearch({ queries: [{ indexUid: 'sections', q: 'xây' }] });
    expect(response.results[0]?.hits).toEqual([{ id: 'a' }]);
    const last = received.at(-1);
    expect(last?.headers['accept-encoding']).toBe('identity');
    expect(last?.headers.authorization).toBe('Bearer search-key');
    expect(JSON.parse(last?.body ?? '')).toEqual({ queries: [{ indexUid: 'sections', q: 'xây' }] });
  });

  it('turns an error answer of Meilisearch into "not ready"', async () => {
    const message = await failure(() => createSearchClient(`${origin}/missing`, 'k').multiSearch({ queries: [{ indexUid: 'sections', q: 'x' }] }));
    expect(message).toContain('chưa sẵn sàng');
  });

  it('turns no answer within the timeout into "not responding"', async () => {
    const started = performance.now();
    const message = await failure(() => createSearchClient(`${origin}/never`, 'k', 200).multiSearch({ queries: [{ indexUid: 'sections', q: 'x' }] }));
    expect(message).toContain('không phản hồi');
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('turns a refused connection into "not responding"', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const message = await failure(() => createSearchClient(`http://127.0.0.1:${port}`, 'k').multiSearch({ queries: [{ indexUid: 'sections', q: 'x' }] }));
    expect(message).toContain('không phản hồi');
  });
});
