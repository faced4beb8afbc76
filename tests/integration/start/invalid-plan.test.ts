import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../src/lib/meilisearch/free-port.ts';

// `npm start`'s own script, with its own embedded Meilisearch, on a content folder of three plans
// of which one has a date no calendar has. It builds dist/ first if the build is missing or stale.
const root = process.cwd();
const valid = ['son-ha-162-kh-hu-2024', 'phan-rang-thap-cham-256-kh-tu-2023'];
const broken = 'lam-dong-ke-hoach-70dbcc';
let contentDir: string;
let dataDir: string;
let start: ChildProcess;
let stdout = '';
let stderr = '';
let siteUrl = '';
let brokenLine = 0;

/** Resolves with the site URL once start prints it; rejects if start exits first. */
function siteAnnounced(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /Site: (http:\/\/\S+)\//.exec(stdout)?.[1];
      if (url) resolve(url);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${stdout}\n${stderr}`)));
  });
}

beforeAll(async () => {
  contentDir = await mkdtemp(join(tmpdir(), 'start-content-'));
  dataDir = await mkdtemp(join(tmpdir(), 'start-data-'));
  await mkdir(join(contentDir, 'plans'));
  await copyFile('content/categories.yaml', join(contentDir, 'categories.yaml'));
  for (const slug of valid) await copyFile(`content/plans/${slug}.md`, join(contentDir, 'plans', `${slug}.md`));
  const text = (await readFile(`content/plans/${broken}.md`, 'utf8')).replace('date: null', 'date: 2024-02-30');
  brokenLine = text.split('\n').indexOf('date: 2024-02-30') + 1;
  await writeFile(join(contentDir, 'plans', `${broken}.md`), text);

  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && !name.startsWith('MEILI_')) env[name] = value;
  Object.assign(env, {
    CONTENT_DIR: contentDir,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(await freePort()),
    MEILI_PORT: String(await freePort()),
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  start = spawn(process.execPath, [join(root, 'scripts/start.ts')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  siteUrl = await siteAnnounced(start);
}, 600_000);

afterAll(async () => {
  if (start && start.exitCode === null && start.signalCode === null) {
    const exited = new Promise((resolve) => start.once('exit', resolve));
    start.kill('SIGTERM');
    await exited;
  }
  await rm(contentDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
}, 30_000);

describe('npm start with a plan that does not read', () => {
  it('names the plan it left out with its file and line', () => {
    expect(stderr).toBe(
      '1 plan does not read and is left out of the index; the site serves the others. Fix and run npm run index:\n' +
        `${join(contentDir, 'plans', `${broken}.md`)}:${brokenLine}: front matter: "date" must be a day of the calendar; 2024-02-30 is not one; ` +
        'fix the value by hand (see content/README.md) or delete the file and re-import its source\n',
    );
    expect(stdout).toContain('Indexed 2 plans, ');
  });

  it('serves the other plans: search finds them and their pages open', async () => {
    const response = await fetch(`${siteUrl}/api/search?q=${encodeURIComponent('thông tin đối ngoại')}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { total: number; hits: { plan: { slug: string } }[] };
    expect(body.total).toBeGreaterThan(0);
    expect([...new Set(body.hits.map((hit) => hit.plan.slug))].sort()).toEqual([...valid].sort());
    for (const slug of valid) expect((await fetch(`${siteUrl}/ke-hoach/${slug}`)).status).toBe(200);
  });

  it('serves no page for the plan left out', async () => {
    expect((await fetch(`${siteUrl}/ke-hoach/${broken}`)).status).toBe(404);
  });

  it('stops the site and its Meilisearch on SIGTERM, exiting 0', async () => {
    const exited = new Promise<number | null>((resolve) => start.once('exit', resolve));
    start.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(await fetch(`${siteUrl}/`).then(() => 'up', () => 'down')).toBe('down');
  });
});
