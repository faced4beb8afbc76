import { describe, expect, it } from 'vitest';
import { ndjsonPayloads } from '../../../src/lib/bench/meili-ingest.ts';

describe('ndjsonPayloads', () => {
  it('cuts NDJSON at line ends into payloads no larger than asked', () => {
    expect(ndjsonPayloads('{"a":1}\n{"b":2}\n{"c":3}\n', 17)).toEqual(['{"a":1}\n{"b":2}\n', '{"c":3}\n']);
  });

  it('keeps a line longer than the limit whole rather than cutting it', () => {
    expect(ndjsonPayloads('{"long":"xxxxxxxx"}\n{"b":2}\n', 5)).toEqual(['{"long":"xxxxxxxx"}\n', '{"b":2}\n']);
  });

  it('gives no payload for no documents', () => {
    expect(ndjsonPayloads('', 10)).toEqual([]);
  });
});
