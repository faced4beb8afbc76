import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/lib/import/import-files.ts';
import type { ContentDirs } from '../../../src/lib/import/import-files.ts';
import { readPlanFile } from '../../../src/lib/plan/read-plan-file.ts';

const fixtures = new URL('../../fixtures/', import.meta.url).pathname;
const root = new URL('../../../', import.meta.url).pathname;

function contentDirs(): ContentDirs {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  const dirs = { sources: join(dir, 'sources'), plans: join(dir, 'plans'), originals: join(dir, 'originals') };
  for (const d of Object.values(dirs)) mkdirSync(d);
  return dirs;
}

function addSource(dirs: ContentDirs, fixture: string, name = 'plan.txt'): string {
  const path = join(dirs.sources, name);
  copyFileSync(join(fixtures, fixture), path);
  return path;
}

describe('importFiles on bad input', () => {
  it('rejects an empty file, naming it, and writes nothing', async () => {
    const dirs = contentDirs();
    const good = addSource(dirs, 'import-draft/plan.txt', 'good.txt');
    const empty = addSource(dirs, 'import-bad/empty.txt', 'empty.txt');
    await expect(importFiles([good, empty], dirs)).rejects.toThrow(
      `${empty}: the file is empty; put the plan's text in it and import again`,
    );
    expect(readdirSync(dirs.plans)).toEqual([]);
  });

  it('rejects a binary file', async () => {
    const dirs = contentDirs();
    const binary = addSource(dirs, 'import-bad/binary.txt', 'binary.txt');
    await expect(importFiles([binary], dirs)).rejects.toThrow(
      `${binary}: not a text file (it contains binary data); save the plan as plain text and import again`,
    );
  });

  it('rejects a text with no recognisable plan structure', async () => {
    const dirs = contentDirs();
    const text = addSource(dirs, 'import-bad/no-structure.txt', 'list.txt');
    await expect(importFiles([text], dirs)).rejects.toThrow(
      `${text}: no document type line (KẾ HOẠCH, CHƯƠNG TRÌNH HÀNH ĐỘNG, QUYẾT ĐỊNH, … or "V/v") in its first 30 lines; is this a plan?`,
    );
  });

  it('rejects invalid front matter in an existing plan file, with its line, before importing anything', async () => {
    const dirs = contentDirs();
    const source = addSource(dirs, 'import-draft/plan.txt');
    const [first] = await importFiles([source], dirs);
    const planPath = first?.planPath ?? '';
    const text = readFileSync(planPath, 'utf8').replace('level: district', 'level: county');
    writeFileSync(planPath, text);
    const line = text.split('\n').findIndex((l) => l === 'level: county') + 1;
    await expect(importFiles([source], dirs)).rejects.toThrow(
      `${planPath}:${line}: front matter: "level" must be one of central, province, district, commune, agency; fix the value by hand (see content/README.md) or delete the file and re-import its source`,
    );
    expect(readFileSync(planPath, 'utf8')).toBe(text);
  });

  it('exits non-zero from the command line, naming the file', () => {
    const dirs = contentDirs();
    const empty = addSource(dirs, 'import-bad/empty.txt', 'empty.txt');
    const run = spawnSync(process.execPath, [join(root, 'scripts/import.ts'), empty], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`${empty}: the file is empty; put the plan's text in it and import again`);
  });
});

describe('re-import keeps hand corrections', () => {
  it('keeps a value whose provenance a curator set to curated', async () => {
    const dirs = contentDirs();
    const source = addSource(dirs, 'import-draft/plan.txt');
    const [first] = await importFiles([source], dirs);
    const planPath = first?.planPath ?? '';
    const edited = readFileSync(planPath, 'utf8')
      .replace('number: null', 'number: 12-KH/HU')
      .replace('  number: extracted', '  number: curated');
    writeFileSync(planPath, edited);
    const [second] = await importFiles([source], dirs);
    expect(second?.keptFields).toEqual(['number']);
    const plan = readPlanFile(planPath, readFileSync(planPath, 'utf8'));
    expect(plan.meta.number).toBe('12-KH/HU');
    expect(plan.meta.provenance.number).toBe('curated');
    expect(plan.meta.date).toBeNull();
    expect(second?.planPath).toBe(planPath);
  });

  it('overwrites an extracted value that was edited without marking it curated', async () => {
    const dirs = contentDirs();
    const source = addSource(dirs, 'import-draft/plan.txt');
    const [first] = await importFiles([source], dirs);
    const planPath = first?.planPath ?? '';
    writeFileSync(planPath, readFileSync(planPath, 'utf8').replace('number: null', 'number: 12-KH/HU'));
    await importFiles([source], dirs);
    expect(readPlanFile(planPath, readFileSync(planPath, 'utf8')).meta.number).toBeNull();
  });

  it('keeps a body edited by hand and says so', async () => {
    const dirs = contentDirs();
    const source = addSource(dirs, 'import-draft/plan.txt');
    const [first] = await importFiles([source], dirs);
    const planPath = first?.planPath ?? '';
    const text = readFileSync(planPath, 'utf8').replace('kịp thời, chính xác.', 'kịp thời, chính xác, đúng định hướng.');
    writeFileSync(planPath, text);
    const [second] = await importFiles([source], dirs);
    expect(second?.keptBody).toBe(true);
    expect(readFileSync(planPath, 'utf8')).toContain('kịp thời, chính xác, đúng định hướng.');
  });
});
