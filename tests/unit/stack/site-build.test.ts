import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureSiteBuild } from '../../../src/lib/stack/site-build.ts';

// A project folder with a build in dist/ and no astro: any build attempt fails, which shows it was made.
let root: string;
const logged: string[] = [];
const log = (line: string): void => void logged.push(line);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'site-build-'));
  logged.length = 0;
  await mkdir(join(root, 'src'));
  await writeFile(join(root, 'src', 'page.ts'), 'export {};\n');
  await writeFile(join(root, 'package.json'), '{}\n');
  await mkdir(join(root, 'dist', 'server'), { recursive: true });
  await writeFile(join(root, 'dist', 'server', 'entry.mjs'), 'export {};\n');
  // Sources a minute old, the build half a minute: a source written now is clearly newer than the build.
  const sources = new Date(Date.now() - 60_000);
  const build = new Date(Date.now() - 30_000);
  for (const path of ['src/page.ts', 'src', 'package.json']) await utimes(join(root, path), sources, sources);
  await utimes(join(root, 'dist', 'server', 'entry.mjs'), build, build);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the site build', () => {
  it('is kept when it is newer than every source', async () => {
    expect(await ensureSiteBuild({ root, outDir: 'dist', when: 'stale', output: 'keep', log })).toBe(join(root, 'dist'));
    expect(logged).toEqual([]);
  });

  it('is kept when only a build is asked for if missing, even with a newer source', async () => {
    await writeFile(join(root, 'src', 'page.ts'), 'export const changed = true;\n');
    expect(await ensureSiteBuild({ root, outDir: 'dist', when: 'missing', output: 'keep', log })).toBe(join(root, 'dist'));
    expect(logged).toEqual([]);
  });

  it('is made again when a source is newer, and a failed build names its folder and exit code', async () => {
    await writeFile(join(root, 'src', 'page.ts'), 'export const changed = true;\n');
    const failure = await ensureSiteBuild({ root, outDir: 'dist', when: 'stale', output: 'keep', log }).catch((error: unknown) => error as Error);
    expect(logged).toEqual([`Building the site into ${join(root, 'dist')}`]);
    expect((failure as Error).message).toMatch(new RegExp(`^astro build into ${join(root, 'dist')} failed \\(exit code 1\\):\\n.*Cannot find module '${join(root, 'node_modules/astro/bin/astro.mjs')}'`, 's'));
  });
});
