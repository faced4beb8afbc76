import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codeVersion } from '../../../src/lib/documents/corpus-hash.ts';

let lib: string | undefined;
afterEach(async () => {
  if (lib !== undefined) await rm(lib, { recursive: true, force: true });
});

describe('codeVersion', () => {
  it('changes when a source in a subfolder of the code that shapes documents changes, and not for other files', async () => {
    lib = await mkdtemp(join(tmpdir(), 'code-version-'));
    await mkdir(join(lib, 'meilisearch/shards'), { recursive: true });
    await writeFile(join(lib, 'meilisearch/settings.ts'), 'export const a = 1;\n');
    await writeFile(join(lib, 'meilisearch/shards/shard-of.ts'), 'export const b = 1;\n');
    const before = await codeVersion(lib);
    await writeFile(join(lib, 'meilisearch/shards/README.md'), 'not code');
    expect(await codeVersion(lib)).toBe(before);
    await writeFile(join(lib, 'meilisearch/shards/shard-of.ts'), 'export const b = 2;\n');
    expect(await codeVersion(lib)).not.toBe(before);
  });

  it('hashes the project\'s own code the same twice', async () => {
    expect(await codeVersion()).toBe(await codeVersion());
  });
});
