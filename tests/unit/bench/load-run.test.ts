import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad } from '../../../src/lib/bench/load-run.ts';

let server: Server;
let origin: URL;
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.statusCode = req.url === '/bad' ? 500 : 200;
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('runLoad', () => {
  it('rotates through the paths and counts every non-2xx response as an error', async () => {
    const result = await runLoad({ origin, paths: ['/ok', '/bad'], connections: 4, durationMs: 300 });
    expect(result.requests).toBeGreaterThan(20);
    expect(result.statuses['200'] ?? 0).toBe(result.requests - result.errors);
    expect(result.statuses['500']).toBe(result.errors);
    expect(Math.abs((result.statuses['200'] ?? 0) - result.errors)).toBeLessThanOrEqual(4);
    expect(result.errorSamples[0]).toBe('500 /bad: ok');
    expect(result.seconds).toBeLessThan(1.5);
  });

  it('refuses a target that is not on the loopback interface', async () => {
    await expect(runLoad({ origin: new URL('http://example.org'), paths: ['/'], connections: 1, durationMs: 10 })).rejects.toThrow(
      'load run: example.org is not loopback; this tool only loads a server on 127.0.0.1',
    );
  });
});
