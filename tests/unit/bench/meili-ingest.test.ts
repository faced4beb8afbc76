import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ndjsonFilePayloads } from '../../../src/lib/bench/meili-ingest.ts';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'ndjson-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

async function payloads(text: string, maxBytes: number): Promise<string[]> {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.ndjson`);
  await writeFile(file, text);
  const out: string[] = [];
  for await (const payload of ndjsonFilePayloads(file, maxBytes)) out.push(payload);
  return out;
}

describe('ndjsonFilePayloads', () => {
  it('cuts NDJSON at line ends into payloads no larger than asked', async () => {
    expect(await payloads('{"a":1}\n{"b":2}\n{"c":3}\n', 17)).toEqual(['{"a":1}\n{"b":2}\n', '{"c":3}\n']);
  });

  it('counts bytes, not characters, and never splits a character', async () => {
    // "đ" and "ấ" are two and three bytes: 12 bytes a line.
    expect(await payloads('{"q":"đấ"}\n{"q":"đấ"}\n', 20)).toEqual(['{"q":"đấ"}\n', '{"q":"đấ"}\n']);
  });

  it('keeps a line longer than the limit whole rather than cutting it', async () => {
    expect(await payloads('{"long":"xxxxxxxx"}\n{"b":2}\n', 5)).toEqual(['{"long":"xxxxxxxx"}\n', '{"b":2}\n']);
  });

  it('reads a file larger than one read chunk whole, in order', async () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `{"id":"d${i}","text":"xây và chống ${i}"}\n`);
    const got = await payloads(lines.join(''), 256 * 1024);
    expect(got.length).toBeGreaterThan(4);
    expect(got.every((payload) => Buffer.byteLength(payload) <= 256 * 1024 && payload.endsWith('\n'))).toBe(true);
    expect(got.join('')).toBe(lines.join(''));
  });

  it('gives the last line even without a final newline, and nothing for an empty file', async () => {
    expect(await payloads('{"a":1}\n{"b":2}', 100)).toEqual(['{"a":1}\n{"b":2}']);
    expect(await payloads('', 10)).toEqual([]);
  });
});
