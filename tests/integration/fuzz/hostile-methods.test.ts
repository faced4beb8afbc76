import { request } from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { createRandom } from '../../../src/lib/bench/prng.ts';

const siteUrl = new URL(inject('siteUrl'));
const methods = ['GET', 'HEAD', 'TRACE', 'TRACK', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'CONNECT'];
const paths = [
  '/', '/?q=x', '/ke-hoach', '/ke-hoach/khong-co', '/api/search?q=tin', '/api/health', '/opensearch.xml', '/_image',
  '/_image?href=/etc/passwd', '/_image?href=https%3A%2F%2Fexample.org%2Fa.png&w=9', '/_astro/', '/_astro/../../package.json',
  '/%2e%2e/%2e%2e/package.json', '/_server-islands/x', '/.env', '/api/', '/api/search/../health',
];
const hosts = [undefined, 'evil.example', '127.0.0.1', 'a'.repeat(300), '[::1]:1'];

interface Answer {
  status: number;
  nosniff: string | string[] | undefined;
  policy: string | string[] | undefined;
}

function send(method: string, path: string, host: string | undefined): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = host === undefined ? {} : { host };
    const sent = request({ host: siteUrl.hostname, port: siteUrl.port, method, path, headers, timeout: 10_000 }, (response) => {
      response.resume();
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, nosniff: response.headers['x-content-type-options'], policy: response.headers['content-security-policy'] }),
      );
    });
    // A CONNECT answer comes as 'connect', with the socket handed over.
    sent.on('connect', (response, socket) => {
      socket.destroy();
      resolve({ status: response.statusCode ?? 0, nosniff: response.headers['x-content-type-options'], policy: response.headers['content-security-policy'] });
    });
    sent.on('error', (error) => reject(new Error(`${method} ${path} (Host ${host ?? 'default'}): ${error.message}`)));
    sent.end();
  });
}

describe('the site under random methods, paths and Host headers', () => {
  it('never answers 5xx, answers only GET and HEAD, and sends nosniff and a CSP every time', async () => {
    const random = createRandom(14);
    const failures: string[] = [];
    for (let i = 0; i < 300; i += 1) {
      const [method, path, host] = [random.pick(methods), random.pick(paths), random.pick(hosts)];
      const answer = await send(method, path, host);
      const expectedMethod = method === 'GET' || method === 'HEAD' ? answer.status !== 405 : answer.status === 405;
      if (answer.status >= 500 || !expectedMethod || answer.nosniff !== 'nosniff' || answer.policy === undefined) {
        failures.push(`${method} ${path} (Host ${host ?? 'default'}): ${answer.status}, nosniff ${String(answer.nosniff)}, CSP ${answer.policy === undefined ? 'missing' : 'present'}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
