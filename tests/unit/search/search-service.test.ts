import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchClient } from '../../../src/lib/search/search-service.ts';

// A local HTTP server that records what the site's client sends and answers like /multi-search.
const received: IncomingHttpHeaders[] = [];
const server = createServer((request, response) => {
  received.push(request.headers);
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ hits: [], processingTimeMs: 0, limit: 10, offset: 0, estimatedTotalHits: 0 }));
  });
});

beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the site\'s Meilisearch client', () => {
  it('asks for uncompressed answers, with its key', async () => {
    const { port } = server.address() as AddressInfo;
    await createSearchClient(`http://127.0.0.1:${port}`, 'search-key').multiSearch({ queries: [{ indexUid: 'sections', q: 'x' }] });
    expect(received.at(-1)?.['accept-encoding']).toBe('identity');
    expect(received.at(-1)?.authorization).toBe('Bearer search-key');
  });
});
