import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listStaticFiles, requestPath, sendStaticFile } from '../../../src/lib/site/static-files.ts';

let clientDir: string;
let server: Server;
let origin: string;

beforeAll(async () => {
  clientDir = await mkdtemp(join(tmpdir(), 'static-files-'));
  await mkdir(join(clientDir, '_astro'));
  await writeFile(join(clientDir, '_astro/BaseLayout.abc123.css'), 'main{color:#123}');
  await writeFile(join(clientDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const files = await listStaticFiles(clientDir);
  server = createServer((request, response) => {
    const path = requestPath(request.url ?? '/');
    if (path !== null && files.has(path)) return sendStaticFile(request, response, clientDir, path);
    response.writeHead(418).end('not a static file');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(clientDir, { recursive: true, force: true });
});

describe('listStaticFiles', () => {
  it('lists every file of the client folder by its URL path, once', async () => {
    expect([...(await listStaticFiles(clientDir))].sort()).toEqual(['/_astro/BaseLayout.abc123.css', '/favicon.svg']);
  });

  it('lists nothing for a build without a client folder', async () => {
    expect((await listStaticFiles(join(clientDir, 'missing'))).size).toBe(0);
  });
});

describe('requestPath', () => {
  it('drops the query and decodes the path, and gives null for a path that does not decode', () => {
    expect(requestPath('/_astro/a.css?v=1')).toBe('/_astro/a.css');
    expect(requestPath('/ke-hoach/qu%E1%BA%A3ng-ng%C3%A3i#x')).toBe('/ke-hoach/quảng-ngãi');
    expect(requestPath('/%E0%A4%A')).toBeNull();
  });
});

describe('sendStaticFile', () => {
  it('serves a hashed asset with its type and a year of immutable caching, and answers 304 to its ETag', async () => {
    const response = await fetch(`${origin}/_astro/BaseLayout.abc123.css`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe('main{color:#123}');
    // fetch would add "cache-control: no-cache" to a conditional request; a browser revalidating does not.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      get(`${origin}/_astro/BaseLayout.abc123.css`, { headers: { 'if-none-match': response.headers.get('etag') ?? '' } }, (answer) => {
        answer.resume();
        resolve(answer.statusCode);
      }).on('error', reject);
    });
    expect(status).toBe(304);
  });

  it('serves another file without the immutable caching, and leaves paths it does not list alone', async () => {
    const icon = await fetch(`${origin}/favicon.svg`);
    expect([icon.status, icon.headers.get('content-type'), icon.headers.get('cache-control')]).toEqual([200, 'image/svg+xml', 'public, max-age=0']);
    const other = await fetch(`${origin}/_astro/../favicon.svg`);
    expect(other.status).toBe(200); // fetch normalises the path; a raw "/_astro/../x" is not listed
    expect((await fetch(`${origin}/?q=x`)).status).toBe(418);
  });
});
