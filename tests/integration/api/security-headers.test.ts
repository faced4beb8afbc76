import { request } from 'node:http';
import { readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';

const siteUrl = inject('siteUrl');
const planSlug = readdirSync('content/plans').filter((name) => name.endsWith('.md')).sort()[0]?.slice(0, -3) ?? '';

/** A raw request (any method, any Host header), as a browser or an attacker may send it. */
function raw(method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(`${siteUrl}${path}`, { method, headers }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

async function assetPath(): Promise<string> {
  const page = await (await fetch(`${siteUrl}/`)).text();
  const path = /href="(\/_astro\/[^"]+\.css)"/.exec(page)?.[1];
  if (path === undefined) throw new Error('the search page links no stylesheet under /_astro/');
  return path;
}

describe('security headers on every kind of answer', () => {
  it.each([
    ['the search page', '/?q=th%C3%B4ng+tin', 200, 'text/html; charset=utf-8'],
    ['a plan page', `/ke-hoach/${planSlug}`, 200, 'text/html; charset=utf-8'],
    ['the plan list', '/ke-hoach', 200, 'text/html; charset=utf-8'],
    ['the error page', '/khong-co-trang-nay', 404, 'text/html; charset=utf-8'],
    ['the search API', '/api/search?q=tin', 200, 'application/json; charset=utf-8'],
    ['the health API', '/api/health', 200, 'application/json; charset=utf-8'],
    ['the OpenSearch description', '/opensearch.xml', 200, 'application/opensearchdescription+xml; charset=utf-8'],
  ])('sends nosniff, a referrer policy, no framing and a CSP with %s', async (_name, path, status, type) => {
    const response = await fetch(`${siteUrl}${path}`);
    expect([response.status, response.headers.get('content-type')]).toEqual([status, type]);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    if (type.startsWith('text/html')) {
      expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
      expect(policy).toContain("object-src 'none'");
    } else {
      expect(policy).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    }
  });

  it('sends the same headers with a static asset', async () => {
    const response = await fetch(`${siteUrl}${await assetPath()}`);
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'text/css; charset=utf-8']);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  });
});

describe('the surface', () => {
  it.each(['TRACE', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])('answers %s with 405 and the methods allowed', async (method) => {
    const response = await raw(method, '/');
    expect([response.status, response.headers.allow, response.body]).toEqual([405, 'GET, HEAD', 'Phương thức này không được hỗ trợ.\n']);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers HEAD as GET, without a body', async () => {
    const response = await raw('HEAD', '/api/health');
    expect([response.status, response.body]).toEqual([200, '']);
  });

  it('has no image endpoint: /_image is a 404 whatever it is asked to fetch', async () => {
    expect((await fetch(`${siteUrl}/_image?href=${encodeURIComponent(await assetPath())}`)).status).toBe(404);
    expect((await fetch(`${siteUrl}/_image?href=https%3A%2F%2Fexample.org%2Fa.png&w=100`)).status).toBe(404);
  });

  it.each([
    ['the feed of new plans', '/moi.atom'],
    ['an Atom export', '/api/export?q=th%C3%B4ng+tin&format=atom'],
    ['a JSON export', '/api/export?q=th%C3%B4ng+tin&format=json'],
  ])('makes the links of %s from the configured origin, not from the Host header', async (_name, path) => {
    const response = await raw('GET', path, { host: 'evil.example' });
    expect(response.status).toBe(200);
    expect(response.body).toContain(`${siteUrl}/ke-hoach/`);
    expect(response.body).not.toContain('evil.example');
  });

  it('makes the OpenSearch URLs from the configured origin, not from the Host header', async () => {
    const response = await raw('GET', '/opensearch.xml', { host: 'evil.example' });
    expect(response.body).toContain(`template="${siteUrl}/?q={searchTerms}"`);
    expect(response.body).not.toContain('evil.example');
  });
});
