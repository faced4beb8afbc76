/**
 * The built site: `astro build` into a folder, run when the build is missing, always, or when it is
 * older than anything it is built from (src/, astro.config.mjs, package.json). `npm start` builds
 * dist/; the tests and the benchmark build into folders of their own, so that a concurrent build of
 * dist/ cannot pull theirs away mid-run.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { childEnvironment } from '../config.ts';
import { describeExit, startChild, type Child } from './child.ts';

/** When to build: `always`, `missing` (no build there yet) or `stale` (missing or older than its sources). */
export type BuildWhen = 'always' | 'missing' | 'stale';

/** What to build, where. */
export interface BuildOptions {
  /** The project root (astro.config.mjs, src/, node_modules/). */
  root: string;
  /** The build folder, absolute or relative to `root` ("dist"). */
  outDir: string;
  when: BuildWhen;
  /** `inherit`: astro's output goes to the terminal; `keep`: kept, and shown only if the build fails. */
  output: 'inherit' | 'keep';
  /** Called with the build's process while it runs, so that a stop can end it. */
  onChild?: (child: Child) => void;
  log?: (line: string) => void;
}

/** The server entry of a build folder. */
export function siteEntry(distDir: string): string {
  return join(distDir, 'server', 'entry.mjs');
}

/** Builds the site when `when` says so; resolves with the absolute build folder. Throws naming the failure and astro's last output. */
export async function ensureSiteBuild(options: BuildOptions): Promise<string> {
  const outDir = resolve(options.root, options.outDir);
  if (!(await needsBuild(options.root, outDir, options.when))) return outDir;
  options.log?.(`Building the site into ${outDir}`);
  const child = await startChild({
    command: process.execPath,
    args: [join(options.root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    cwd: options.root,
    env: childEnvironment({ ASTRO_TELEMETRY_DISABLED: '1' }),
    output: options.output,
  });
  options.onChild?.(child);
  const exit = await child.exited;
  if (exit.code !== 0) {
    const output = child.output().trim();
    throw new Error(`astro build into ${outDir} failed (${describeExit(exit)})${output === '' ? '; see its output above' : `:\n${output}`}`);
  }
  return outDir;
}

/** True when the build at `outDir` must be made. */
async function needsBuild(root: string, outDir: string, when: BuildWhen): Promise<boolean> {
  if (when === 'always') return true;
  const built = await stat(siteEntry(outDir)).then((s) => s.mtimeMs, () => 0);
  if (built === 0 || when === 'missing') return built === 0;
  for (const input of ['src', 'astro.config.mjs', 'package.json']) if ((await newestMtime(join(root, input))) > built) return true;
  return false;
}

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (info === null) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of await readdir(path)) newest = Math.max(newest, await newestMtime(join(path, name)));
  return newest;
}
