import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxBinarySourceBytes, readSourceFile } from '../../../src/lib/import/formats/read-source.ts';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'size-cap-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the size cap of Word, PDF and image sources', () => {
  it('refuses a PDF over the cap by its size, before reading it, naming the file and the limit', async () => {
    const file = join(dir, 'archive.pdf');
    await writeFile(file, '');
    // A sparse file: the size is checked, so no byte of it is ever read.
    await truncate(file, maxBinarySourceBytes + 2 ** 19);
    await expect(readSourceFile(file)).rejects.toThrow(`${file}: the file is 200.5 MiB, over the 200 MiB limit of a Word, PDF or image source; split it into one file per document`);
  });

  it('refuses an image over the cap the same way', async () => {
    const file = join(dir, 'scan.tif');
    await writeFile(file, '');
    await truncate(file, 250 * 2 ** 20);
    await expect(readSourceFile(file)).rejects.toThrow(`${file}: the file is 250 MiB, over the 200 MiB limit of a Word, PDF or image source; split it into one file per document`);
  });
});
