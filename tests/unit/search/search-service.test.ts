import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineErrorResponse, engineFailure, type EngineFailure } from '../../../src/lib/search/engine-error.ts';
import { SearchParamError } from '../../../src/lib/search/params.ts';
import { createSearchClient } from '../../../src/lib/search/search-service.ts';

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
    if (request.url?.startsWith('/bad-filter')) {
      response.writeHead(400, { 'content-type': 'application/json' });
      return response.end(JSON.stringify({ message: 'Attribute `x` is not filterable.', code: 'invalid_search_filter', type: 'invalid_request', link: '' }));
    }
    if (request.url?.startsWith('/bad-key')) {
      response.writeHead(403, { 'content-type': 'application/json' });
      return response.end(JSON.stringify({ message: 'The provided API key is invalid.', code: 'invalid_api_key', type: 'auth', link: '' }));
    }
    if (request.url?.startsWith('/internal')) {
      response.writeHead(500, { 'content-type': 'application/json' });
      return response.end(JSON.stringify({ message: 'Corrupted task queue.', code: 'internal', type: 'internal', link: '' }));
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

/** What the site would answer for what `search` threw. */
async function failureOf(search: () => Promise<unknown>): Promise<Omit<EngineFailure, 'cause'>> {
  const thrown: unknown = await search().then(() => new Error('the search did not fail'), (error: unknown) => error);
  const { cause: _cause, ...failure } = engineFailure(thrown);
  return failure;
}

/** The message of a 503, the only status these failures may map to. */
async function failure(search: () => Promise<unknown>): Promise<string> {
  const mapped = await failureOf(search);
  expect([mapped.status, mapped.headers]).toEqual([503, { 'retry-after': '5' }]);
  return mapped.message;
}

const search = (path: string) => () => createSearchClient(`${origin}${path}`, 'k').multiSearch({ queries: [{ indexUid: 'sections', q: 'x' }] });

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

describe('the one mapping of failures to HTTP', () => {
  it('answers a request Meilisearch rejects as invalid with 400 and no Retry-After', async () => {
    expect(await failureOf(search('/bad-filter'))).toEqual({
      status: 400,
      message: 'Máy chủ tìm kiếm không chấp nhận yêu cầu này. Hãy sửa từ khóa hoặc bộ lọc rồi tìm lại.',
      headers: {},
    });
  });

  it('answers a refused key with 503: the service is not ready, not the reader at fault', async () => {
    expect(await failure(search('/bad-key'))).toBe('Dịch vụ tìm kiếm chưa sẵn sàng (chỉ mục chưa được tạo hoặc khóa truy cập không hợp lệ). Vui lòng thử lại sau.');
  });

  it("answers Meilisearch's internal error and any other failure with 500", async () => {
    const internal = await failureOf(search('/internal'));
    expect([internal.status, internal.headers]).toEqual([500, {}]);
    expect(engineFailure(new TypeError('x is undefined')).status).toBe(500);
  });

  it('answers a bad parameter of ours with 400 naming it, as JSON', async () => {
    const response = engineErrorResponse(new SearchParamError('year', 'Tham số "year" phải là một năm.'));
    expect([response.status, response.statusText, response.headers.get('content-type'), response.headers.get('retry-after')]).toEqual([
      400,
      'Bad Request',
      'application/json; charset=utf-8',
      null,
    ]);
    expect(await response.json()).toEqual({ error: 'Tham số "year" phải là một năm.', param: 'year' });
  });

  it('answers an unreachable Meilisearch as plain text for a feed, with Retry-After', async () => {
    const thrown: unknown = await createSearchClient(`${origin}/never`, 'k', 200).multiSearch({ queries: [{ indexUid: 'sections', q: 'x' }] }).catch((error: unknown) => error);
    const timeout = engineErrorResponse(thrown, 'text');
    expect([timeout.status, timeout.headers.get('retry-after'), await timeout.text()]).toEqual([503, '5', 'Máy chủ tìm kiếm hiện không phản hồi. Vui lòng thử lại sau ít phút.\n']);
  });
});
