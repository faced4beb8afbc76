import { describe, expect, it } from 'vitest';
import { chooseCoding } from '../../../src/lib/site/compress-response.ts';

describe('chooseCoding', () => {
  it('prefers Brotli when the client accepts both', () => {
    expect(chooseCoding('gzip, deflate, br, zstd')).toBe('br');
  });

  it('falls back to gzip when Brotli is refused with q=0', () => {
    expect(chooseCoding('br;q=0, gzip;q=0.8')).toBe('gzip');
  });

  it('sends identity when the client names no coding we produce', () => {
    expect(chooseCoding('deflate')).toBe(null);
    expect(chooseCoding('identity')).toBe(null);
    expect(chooseCoding(undefined)).toBe(null);
  });

  it('reads a wildcard as any coding, unless that coding is refused by name', () => {
    expect(chooseCoding('*')).toBe('br');
    expect(chooseCoding('br;q=0, *')).toBe('gzip');
    expect(chooseCoding('*;q=0')).toBe(null);
  });
});
