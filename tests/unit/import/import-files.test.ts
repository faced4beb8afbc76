import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/lib/import/import-files.ts';
import type { ContentDirs, FileOutcome, ImportReport, ImportResult } from '../../../src/lib/import/import-files.ts';
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

/** Each file's status, with the error message of a failure: what a reader of the report learns. */
function outcomes(report: ImportReport): string[] {
  return report.files.map((f: FileOutcome) => (f.status === 'failed' ? `failed: ${f.error.message}` : `${f.status}: ${f.path}`));
}

function imported(report: ImportReport, index = 0): ImportResult {
  const file = report.files[index];
  if (file?.status !== 'imported') throw new Error(`file ${index} was not imported: ${JSON.stringify(file)}`);
  return file;
}

describe('a folder import handles every file', () => {
  it('imports the good files, reports each bad one naming it, and writes the good plans', async () => {
    const dirs = contentDirs();
    const good = addSource(dirs, 'import-draft/plan.txt', 'a-good.txt');
    const binary = addSource(dirs, 'import-bad/binary.txt', 'b-binary.txt');
    const empty = addSource(dirs, 'import-bad/empty.txt', 'c-empty.txt');
    const list = addSource(dirs, 'import-bad/no-structure.txt', 'd-list.txt');
    const other = addSource(dirs, 'import-letterhead-table/plan.txt', 'e-other.txt');
    const report = await importFiles([dirs.sources], dirs);
    expect(outcomes(report)).toEqual([
      `imported: ${good}`,
      `failed: ${binary}: not a text file (it contains binary data); save the plan as plain text and import again`,
      `failed: ${empty}: the file is empty; put the plan's text in it and import again`,
      `imported: ${list}`,
      `imported: ${other}`,
    ]);
    // A text that names no type is imported, its type left empty, with a warning.
    expect(imported(report, 3).meta.type).toBeNull();
    expect(imported(report, 3).warnings[0]?.message).toBe(
      'no document type found (no type line such as KẾ HOẠCH, no kind code in the number, no "V/v" or "Kính gửi:"); the type is left empty',
    );
    expect(readdirSync(dirs.plans).sort()).toEqual([`${imported(report, 0).slug}.md`, `${imported(report, 3).slug}.md`, 'dak-ha-88-kh-hu-2023.md'].sort());
  });

  it("skips a folder's README.md, which describes the folder, but imports a README.md named on its own", async () => {
    const dirs = contentDirs();
    const plan = addSource(dirs, 'import-draft/plan.txt', 'a-plan.txt');
    const readme = join(dirs.sources, 'README.md');
    writeFileSync(readme, '# Nguồn\n\nCác văn bản gốc của kế hoạch, lưu nguyên như nhận được.\n');
    expect(outcomes(await importFiles([dirs.sources], contentDirs()))).toEqual([`imported: ${plan}`]);
    expect(outcomes(await importFiles([readme], contentDirs()))).toEqual([`imported: ${readme}`]);
  });

  it('does not take a web copy whose line breaks were written out as "\\r\\n" for a scan', async () => {
    const dirs = contentDirs();
    addSource(dirs, 'real/08_langson-54-kh-dinhduong-2020.txt', 'langson.txt');
    const plan = imported(await importFiles([dirs.sources], dirs));
    expect(plan.meta.ocr).toBe(false);
    expect(readdirSync(dirs.originals)).toEqual([]);
  });

  it('reports an input that does not exist and imports the others', async () => {
    const dirs = contentDirs();
    const good = addSource(dirs, 'import-draft/plan.txt');
    const report = await importFiles([join(dirs.sources, 'missing.txt'), good], dirs);
    expect(outcomes(report)).toEqual([`failed: ${join(dirs.sources, 'missing.txt')}: no such file or folder`, `imported: ${good}`]);
  });

  it('imports a UTF-16 text without a byte order mark like its UTF-8 original', async () => {
    const dirs = contentDirs();
    const utf8 = addSource(dirs, 'import-letterhead-table/plan.txt', 'plan.txt');
    const [first] = (await importFiles([utf8], contentDirs())).files;
    const utf16 = join(dirs.sources, 'plan-utf16.txt');
    writeFileSync(utf16, Buffer.from(readFileSync(utf8, 'utf8'), 'utf16le'));
    const report = await importFiles([utf16], dirs);
    expect(imported(report).body).toBe(first?.status === 'imported' ? first.body : 'not imported');
    expect(imported(report).meta.number).toBe('88-KH/HU');
  });

  it('reports a UTF-8 file with a damaged byte at the line of the damage', async () => {
    const dirs = contentDirs();
    const damaged = join(dirs.sources, 'damaged.txt');
    const bytes = readFileSync(join(fixtures, 'import-letterhead-table/plan.txt'));
    bytes[bytes.indexOf('Nâng cao')] = 0xc3;
    writeFileSync(damaged, bytes);
    expect(outcomes(await importFiles([damaged], dirs))).toEqual([
      `failed: ${damaged}:14: the file is UTF-8 but for 1 invalid byte, the first on this line; retype the damaged letters (shown as \uFFFD when the file is opened as UTF-8) or export the plan's text again`,
    ]);
  });

  it('refuses a file over the size limit by its size, before reading it, and imports the others', async () => {
    const dirs = contentDirs();
    const huge = join(dirs.sources, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 50 * 2 ** 20 + 300 * 2 ** 10);
    const good = addSource(dirs, 'import-draft/plan.txt');
    const report = await importFiles([huge, good], dirs);
    expect(outcomes(report)).toEqual([
      `failed: ${huge}: the file is 50.3 MiB, over the 4 MiB limit of a source text; check that it holds one plan's text (not a scan, an archive or several plans joined), or split it`,
      `imported: ${good}`,
    ]);
  });
});

describe('duplicates and clashes never overwrite a plan', () => {
  it('reports the same text under another name as a duplicate and writes one plan', async () => {
    const dirs = contentDirs();
    const first = addSource(dirs, 'import-letterhead-table/plan.txt', 'a.txt');
    const copy = addSource(dirs, 'import-letterhead-table/plan.txt', 'b.txt');
    const report = await importFiles([dirs.sources], dirs);
    expect(report.files.map((f) => f.status)).toEqual(['imported', 'duplicate']);
    expect(report.files[1]).toEqual({ status: 'duplicate', path: copy, of: first, planPath: join(dirs.plans, 'dak-ha-88-kh-hu-2023.md') });
    expect(readdirSync(dirs.plans)).toEqual(['dak-ha-88-kh-hu-2023.md']);
    expect(readPlanFile('x.md', readFileSync(join(dirs.plans, 'dak-ha-88-kh-hu-2023.md'), 'utf8')).meta.source).toBe('a.txt');
  });

  it('reports a later copy of an imported text as a duplicate of the source it came from', async () => {
    const dirs = contentDirs();
    await importFiles([addSource(dirs, 'import-letterhead-table/plan.txt', 'a.txt')], dirs);
    const copy = addSource(dirs, 'import-letterhead-table/plan.txt', 'b.txt');
    const report = await importFiles([copy], dirs);
    expect(report.files).toEqual([{ status: 'duplicate', path: copy, of: 'a.txt', planPath: join(dirs.plans, 'dak-ha-88-kh-hu-2023.md') }]);
  });

  it('never overwrites a plan imported from another source whose file name it would take', async () => {
    const dirs = contentDirs();
    await importFiles([addSource(dirs, 'import-letterhead-table/plan.txt', 'a.txt')], dirs);
    const planPath = join(dirs.plans, 'dak-ha-88-kh-hu-2023.md');
    const before = readFileSync(planPath, 'utf8');
    const edited = join(dirs.sources, 'b.txt');
    writeFileSync(edited, readFileSync(join(fixtures, 'import-letterhead-table/plan.txt'), 'utf8').replace('Thường xuyên.', 'Quý IV năm 2023.'));
    const report = await importFiles([edited], dirs);
    expect(outcomes(report)).toEqual([
      `failed: ${edited}: its plan would be dak-ha-88-kh-hu-2023.md, which holds the plan imported from a.txt; nothing was written. ` +
        'If it is a new version of that plan, save it as content/sources/a.txt and import that; if it is another plan, check the number and date both were read with',
    ]);
    expect(readFileSync(planPath, 'utf8')).toBe(before);
  });

  it('writes the first of two new sources that make the same plan file and refuses the second', async () => {
    const dirs = contentDirs();
    const first = addSource(dirs, 'import-letterhead-table/plan.txt', 'a.txt');
    const second = join(dirs.sources, 'b.txt');
    writeFileSync(second, readFileSync(first, 'utf8').replace('Thường xuyên.', 'Quý IV năm 2023.'));
    const report = await importFiles([dirs.sources], dirs);
    expect(outcomes(report)).toEqual([
      `imported: ${first}`,
      `failed: ${second}: produces the same plan file dak-ha-88-kh-hu-2023.md as ${first}; nothing was written. Check the number and date both were read with, or import one at a time`,
    ]);
  });

  it('never overwrites another text of the same name in content/sources', async () => {
    const dirs = contentDirs();
    addSource(dirs, 'import-letterhead-table/plan.txt', 'plan.txt');
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    const other = join(outside, 'plan.txt');
    copyFileSync(join(fixtures, 'import-action-program/plan.txt'), other);
    const report = await importFiles([other], dirs);
    expect(outcomes(report)).toEqual([
      `failed: ${other}: content/sources/plan.txt already holds another text; nothing was written. Rename the file and import it again`,
    ]);
    expect(readFileSync(join(dirs.sources, 'plan.txt'), 'utf8')).toBe(readFileSync(join(fixtures, 'import-letterhead-table/plan.txt'), 'utf8'));
    expect(readdirSync(dirs.plans)).toEqual([]);
  });

  it('leaves a source whose plan file does not read, with that file\'s line, and imports the others', async () => {
    const dirs = contentDirs();
    const source = addSource(dirs, 'import-draft/plan.txt');
    const planPath = imported(await importFiles([source], dirs)).planPath;
    const text = readFileSync(planPath, 'utf8').replace('level: district', 'level: county');
    writeFileSync(planPath, text);
    const line = text.split('\n').findIndex((l) => l === 'level: county') + 1;
    const other = addSource(dirs, 'import-letterhead-table/plan.txt', 'other.txt');
    const report = await importFiles([source, other], dirs);
    expect(outcomes(report)).toEqual([
      `failed: ${source}: its plan file does not read, so it was not re-imported (its curated values would be lost): ` +
        `${planPath}:${line}: front matter: "level" must be one of central, province, district, commune, agency; fix the value by hand (see content/README.md) or delete the file and re-import its source`,
      `imported: ${other}`,
    ]);
    expect(readFileSync(planPath, 'utf8')).toBe(text);
    expect(report.invalidPlans).toEqual([]);
  });
});

describe('the import command', () => {
  function runImport(contentDir: string, ...inputs: string[]) {
    return spawnSync(process.execPath, [join(root, 'scripts/import.ts'), ...inputs], {
      encoding: 'utf8',
      cwd: contentDir,
      env: { ...process.env, CONTENT_DIR: contentDir },
    });
  }

  it('prints a line per file and a summary, writes the good plans into CONTENT_DIR, and exits 1 when a file failed', () => {
    const content = mkdtempSync(join(tmpdir(), 'content-'));
    const inbox = join(content, 'inbox');
    mkdirSync(inbox);
    copyFileSync(join(fixtures, 'import-letterhead-table/plan.txt'), join(inbox, 'a.txt'));
    copyFileSync(join(fixtures, 'import-letterhead-table/plan.txt'), join(inbox, 'b.txt'));
    copyFileSync(join(fixtures, 'import-bad/empty.txt'), join(inbox, 'c.txt'));
    const run = runImport(content, 'inbox');
    expect(run.stdout).toBe(
      [
        'inbox/a.txt → plans/dak-ha-88-kh-hu-2023.md  Kế hoạch · 88-KH/HU · Huyện ủy Đắk Hà · district · Kon Tum · 2023-10-05',
        'inbox/b.txt: duplicate of inbox/a.txt (same text, in plans/dak-ha-88-kh-hu-2023.md); not imported again',
        '3 files: 1 imported, 1 duplicate, 1 failed.',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe("inbox/c.txt: the file is empty; put the plan's text in it and import again\n");
    expect(run.status).toBe(1);
    expect(readdirSync(join(content, 'plans'))).toEqual(['dak-ha-88-kh-hu-2023.md']);
    expect(readdirSync(join(content, 'sources'))).toEqual(['a.txt']);
  }, 30_000);

  it('exits 0 when every file imported', () => {
    const content = mkdtempSync(join(tmpdir(), 'content-'));
    copyFileSync(join(fixtures, 'import-letterhead-table/plan.txt'), join(content, 'a.txt'));
    const run = runImport(content, 'a.txt');
    expect([run.status, run.stderr, run.stdout.split('\n').at(-2)]).toEqual([0, '', '1 file: 1 imported.']);
  }, 30_000);
});

describe('re-import keeps hand corrections', () => {
  it('keeps a value whose provenance a curator set to curated', async () => {
    const dirs = contentDirs();
    const source = addSource(dirs, 'import-draft/plan.txt');
    const planPath = imported(await importFiles([source], dirs)).planPath;
    const edited = readFileSync(planPath, 'utf8')
      .replace('number: null', 'number: 12-KH/HU')
      .replace('  number: extracted', '  number: curated');
    writeFileSync(planPath, edited);
    const second = imported(await importFiles([source], dirs));
    expect(second.keptFields).toEqual(['number']);
    const plan = readPlanFile(planPath, readFileSync(planPath, 'utf8'));
    expect(plan.meta.number).toBe('12-KH/HU');
    expect(plan.meta.provenance.number).toBe('curated');
    expect(plan.meta.date).toBeNull();
    expect(second.planPath).toBe(planPath);
  });

  it('overwrites an extracted value that was edited without marking it curated', async () => {
    const dirs = contentDirs();
    const source = addSource(dirs, 'import-draft/plan.txt');
    const planPath = imported(await importFiles([source], dirs)).planPath;
    writeFileSync(planPath, readFileSync(planPath, 'utf8').replace('number: null', 'number: 12-KH/HU'));
    await importFiles([source], dirs);
    expect(readPlanFile(planPath, readFileSync(planPath, 'utf8')).meta.number).toBeNull();
  });

  it('keeps a body edited by hand and says so', async () => {
    const dirs = contentDirs();
    const source = addSource(dirs, 'import-draft/plan.txt');
    const planPath = imported(await importFiles([source], dirs)).planPath;
    const text = readFileSync(planPath, 'utf8').replace('kịp thời, chính xác.', 'kịp thời, chính xác, đúng định hướng.');
    writeFileSync(planPath, text);
    const second = imported(await importFiles([source], dirs));
    expect(second.keptBody).toBe(true);
    expect(readFileSync(planPath, 'utf8')).toContain('kịp thời, chính xác, đúng định hướng.');
  });
});
