import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createClient } from '../../../src/lib/meilisearch/client.ts';

// `npm run index`'s own script against the test Meilisearch, on a content folder with one plan whose date no calendar has.
const prefix = `${inject('meiliIndexPrefix')}cli_`;
let contentDir: string;
let brokenLine = 0;

function runIndex(): { status: number | null; stdout: string; stderr: string } {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && !name.startsWith('MEILI_')) env[name] = value;
  Object.assign(env, { CONTENT_DIR: contentDir, MEILI_HOST: inject('meiliHost'), MEILI_MASTER_KEY: inject('meiliMasterKey'), MEILI_INDEX_PREFIX: prefix });
  return spawnSync(process.execPath, ['scripts/index.ts'], { encoding: 'utf8', env });
}

beforeAll(async () => {
  contentDir = await mkdtemp(join(tmpdir(), 'index-cli-'));
  await mkdir(join(contentDir, 'plans'));
  await copyFile('content/categories.yaml', join(contentDir, 'categories.yaml'));
  await copyFile('content/plans/son-ha-162-kh-hu-2024.md', join(contentDir, 'plans/son-ha-162-kh-hu-2024.md'));
});

afterAll(async () => {
  const client = createClient(inject('meiliHost'), inject('meiliMasterKey'));
  for (const kind of ['sections', 'plans', 'meta']) await client.deleteIndexIfExists(`${prefix}${kind}`);
  await rm(contentDir, { recursive: true, force: true });
});

describe('npm run index', () => {
  it('indexes a corpus whose plans all read and exits 0', () => {
    const run = runIndex();
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/\nIndexed 1 plans, \d+ sections in [\d.]+ s\n$/);
  });

  it('exits 1 on a plan that does not read, naming its file and line, and leaves the serving index untouched', async () => {
    const text = (await readFile('content/plans/lam-dong-ke-hoach-70dbcc.md', 'utf8')).replace('date: null', 'date: 2024-02-30');
    brokenLine = text.split('\n').indexOf('date: 2024-02-30') + 1;
    await writeFile(join(contentDir, 'plans/lam-dong-ke-hoach-70dbcc.md'), text);
    const run = runIndex();
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      '\n1 plan does not read:\n' +
        `${join(contentDir, 'plans/lam-dong-ke-hoach-70dbcc.md')}:${brokenLine}: front matter: "date" must be a day of the calendar; 2024-02-30 is not one; ` +
        'fix the value by hand (see content/README.md) or delete the file and re-import its source\nThe serving indexes were not changed.\n',
    );
    const plans = await createClient(inject('meiliHost'), inject('meiliMasterKey')).index(`${prefix}plans`).getDocuments();
    expect(plans.results.map((plan) => plan.id)).toEqual(['son-ha-162-kh-hu-2024']);
  });
});
