import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readSourcePairs, writeSyntheticCorpus } from '../../../src/lib/bench/corpus-files.ts';
import { generateSyntheticPlans } from '../../../src/lib/bench/synthetic-corpus.ts';
import { childEnvironment, parseConfig } from '../../../src/lib/config.ts';
import { createClient } from '../../../src/lib/meilisearch/client.ts';
import { indexCorpus } from '../../../src/lib/meilisearch/index-corpus.ts';
import { readIndexState } from '../../../src/lib/meilisearch/index-state.ts';
import { silentProgress } from '../../../src/lib/meilisearch/progress.ts';
import { lockKeyUid } from '../../../src/lib/meilisearch/reindex-lock.ts';
import { settingsDifferences } from '../../../src/lib/meilisearch/settings-check.ts';
import { planSettings, sectionSettings } from '../../../src/lib/meilisearch/settings.ts';

// Two content folders of their own: a synthetic corpus large enough that two runs overlap
// (some 1,000 sections, several seconds to index), and an empty one.
const prefix = `${inject('meiliIndexPrefix')}guard_`;
let client: Meilisearch;
let bigDir: string;
let emptyDir: string;
let big: { plans: number; sections: number };

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run index` as a user runs it, against the test Meilisearch. */
function runIndex(contentDir: string, args: string[]): Promise<Run> {
  const env = childEnvironment({
    MEILI_HOST: inject('meiliHost'),
    MEILI_MASTER_KEY: inject('meiliMasterKey'),
    MEILI_INDEX_PREFIX: prefix,
    CONTENT_DIR: contentDir,
  });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/index.ts', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Run = { code: null, stdout: '', stderr: '' };
    child.stdout.on('data', (chunk: Buffer) => (run.stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ ...run, code }));
  });
}

const servingCount = async (kind: 'sections' | 'plans') => (await client.index(`${prefix}${kind}`).getStats()).numberOfDocuments;
const stampedIndexes = async () =>
  (await client.getIndexes({ limit: 1000 })).results.map((index) => index.uid).filter((uid) => uid.startsWith(prefix) && /_\d{13}$/.test(uid));
const lockHeld = async () => client.getKey(lockKeyUid(prefix)).then(() => true, () => false);

beforeAll(async () => {
  client = createClient(inject('meiliHost'), inject('meiliMasterKey'));
  bigDir = await mkdtemp(join(tmpdir(), 'reindex-guard-big-'));
  emptyDir = await mkdtemp(join(tmpdir(), 'reindex-guard-empty-'));
  await copyFile('content/categories.yaml', join(bigDir, 'categories.yaml'));
  await copyFile('content/categories.yaml', join(emptyDir, 'categories.yaml'));
  await mkdir(join(emptyDir, 'plans'));
  big = await writeSyntheticCorpus(bigDir, generateSyntheticPlans(await readSourcePairs('content'), { sections: 1000, seed: 14 }));
});

afterAll(async () => {
  for (const kind of ['sections', 'plans', 'meta']) await client.deleteIndexIfExists(`${prefix}${kind}`);
  await rm(bigDir, { recursive: true, force: true });
  await rm(emptyDir, { recursive: true, force: true });
});

describe('one reindex at a time', () => {
  it('lets one of two reindexes started together swap in an index with every setting, and stops the other with a clear message', async () => {
    const runs = await Promise.all([runIndex(bigDir, ['--force']), runIndex(bigDir, ['--force'])]);
    const codes = runs.map((run) => run.code).sort();
    expect(codes).toEqual([0, 1]);
    const refused = runs.find((run) => run.code === 1);
    expect(refused?.stderr.trim()).toMatch(
      new RegExp(
        `^Another reindex started at \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z is running \\(pid \\d+ on ${hostname()}, index prefix "${prefix}"\\): ` +
          'wait for it to finish, or rerun with --wait to start when it is done\\.\\nThe serving indexes were not changed\\.$',
      ),
    );
    expect(await servingCount('sections')).toBe(big.sections);
    expect(await servingCount('plans')).toBe(big.plans);
    expect(settingsDifferences(sectionSettings(), await client.index(`${prefix}sections`).getSettings())).toEqual([]);
    expect(settingsDifferences(planSettings(), await client.index(`${prefix}plans`).getSettings())).toEqual([]);
    expect((await readIndexState(client, prefix))?.sections).toBe(big.sections);
    expect(await stampedIndexes()).toEqual([]);
    expect(await lockHeld()).toBe(false);
  }, 400_000);

  it('makes a second run with --wait start once the first is done, and both succeed', async () => {
    const first = runIndex(bigDir, ['--force']);
    while (!(await lockHeld())) await new Promise((resolve) => setTimeout(resolve, 50));
    const runs = await Promise.all([first, runIndex(bigDir, ['--force', '--wait'])]);
    expect(runs.map((run) => [run.code, run.stderr.trim()])).toEqual([[0, ''], [0, '']]);
    expect(await servingCount('sections')).toBe(big.sections);
    expect(await stampedIndexes()).toEqual([]);
  }, 400_000);

  it('takes over the lock of a killed run and deletes its orphaned temporary index', async () => {
    const dead = spawn(process.execPath, ['-e', '']);
    const pid = dead.pid ?? 0;
    await new Promise((resolve) => dead.once('exit', resolve));
    const holder = { token: 'killed-run', host: hostname(), pid, startedAt: '2026-11-28T08:00:00.000Z' };
    await client.createKey({ uid: lockKeyUid(prefix), name: 'left by a killed run', description: JSON.stringify(holder), actions: ['version'], indexes: [], expiresAt: null });
    await client.createIndex(`${prefix}sections_1764316800000`, { primaryKey: 'id' }).waitTask();
    const run = await runIndex(bigDir, ['--force']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`Taking over the reindex lock of prefix "${prefix}" started at 2026-11-28T08:00:00.000Z: pid ${pid} on ${hostname()} is gone.`);
    expect(await stampedIndexes()).toEqual([]);
    expect(await lockHeld()).toBe(false);
  }, 400_000);
});

describe('no accidental emptying', () => {
  it('refuses to swap in an empty plans folder, with the numbers, and the serving index keeps its documents', async () => {
    const run = await runIndex(emptyDir, []);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      `Refusing to swap in 0 plans for the ${big.plans} plans (${big.sections} sections) serving now: ${relative(process.cwd(), join(emptyDir, 'plans'))} holds no plan files. Rerun with --allow-shrink to empty them.\nThe serving indexes were not changed.`,
    );
    expect(await servingCount('sections')).toBe(big.sections);
    expect(await servingCount('plans')).toBe(big.plans);
    expect(await stampedIndexes()).toEqual([]);
  });

  it('refuses fewer than half of the plans serving, and swaps them in with allowShrink', async () => {
    const smallDir = join(bigDir, 'small');
    await mkdir(smallDir);
    await copyFile('content/categories.yaml', join(smallDir, 'categories.yaml'));
    const small = await writeSyntheticCorpus(smallDir, generateSyntheticPlans(await readSourcePairs('content'), { sections: 300, seed: 15 }));
    const config = parseConfig({ CONTENT_DIR: smallDir, MEILI_INDEX_PREFIX: prefix });
    await expect(indexCorpus(config, client, { progress: silentProgress, cwd: smallDir })).rejects.toThrow(
      `Refusing to swap in ${small.plans} plans (${small.sections} sections) from plans, fewer than half of the ${big.plans} plans (${big.sections} sections) serving now. Rerun with --allow-shrink if the plans were removed on purpose.`,
    );
    expect(await servingCount('plans')).toBe(big.plans);
    const result = await indexCorpus(config, client, { progress: silentProgress, cwd: smallDir, allowShrink: true });
    expect([result.status, result.plans]).toEqual(['indexed', small.plans]);
    expect(await servingCount('plans')).toBe(small.plans);
  }, 400_000);
});
